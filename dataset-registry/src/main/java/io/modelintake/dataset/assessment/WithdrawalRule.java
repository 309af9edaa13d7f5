package io.modelintake.dataset.assessment;

import io.modelintake.contracts.Citation;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.Subject;
import io.modelintake.contracts.SubjectKind;
import io.modelintake.contracts.Verdict;
import io.modelintake.dataset.knowledge.DatasetEntry;
import io.modelintake.dataset.knowledge.DatasetStatus;
import io.modelintake.dataset.knowledge.WithdrawalReason;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a withdrawn or retracted dataset means for the request. Severity follows why it was taken down and who
 * trains: a company that trains on a circulating copy repeats whatever made the creators withdraw it, while one
 * that only uses weights someone else trained inherits a history, which weighs only where the harm travels with
 * the weights (people's personal data, unlawful content). A dataset its creators retracted, saying it should no
 * longer be used, is never trained on and never less than HIGH.
 */
final class WithdrawalRule {

    /** The calibration: one outcome per reason for a company training itself and for one using weights. */
    private record Outcome(Severity severity, Verdict verdict, String consequence, List<String> obligations) {
    }

    private static final Outcome DO_NOT_TRAIN = new Outcome(Severity.BLOCKER, Verdict.PROHIBITED,
            "Training on a copy still circulating repeats what made its creators take it down; do not train on it.",
            List.of("do not train on copies of this dataset; choose a dataset whose terms and content are cleared"));

    Optional<Finding> assess(ResolvedDataset dataset, Assessment assessment) {
        DatasetEntry entry = dataset.entry();
        if (!entry.isWithdrawnOrRetracted()) {
            return Optional.empty();
        }
        boolean retracted = entry.status() == DatasetStatus.RETRACTED;
        Outcome outcome = retracted ? retracted(assessment.trainsItself())
                : assessment.trainsItself() ? whenTrainingItself(entry.withdrawalReason())
                : whenUsingThirdPartyWeights(entry.withdrawalReason());
        String ruleId = retracted ? "DATASET_RETRACTED" : "DATASET_WITHDRAWN";
        String who = assessment.trainsItself() ? "The company trains on it itself. " : "The company only uses weights someone else trained on it. ";
        return Optional.of(new Finding(ruleId, outcome.severity(),
                new Subject(SubjectKind.DATASET, entry.id(), List.of(dataset.namedBy(), dataset.asNamed())), null, null,
                outcome.verdict(),
                entry.name() + " is " + entry.status().name().toLowerCase(Locale.ROOT) + " by its creators ("
                        + describe(entry.withdrawalReason()) + ")"
                        + (entry.statusNote() == null ? ". " : ": " + entry.statusNote() + " ") + who + outcome.consequence(),
                outcome.obligations(),
                List.of(new Citation(entry.sourceUrl(), "status: " + entry.status() + ", withdrawn for " + entry.withdrawalReason())),
                ruleId));
    }

    private static Outcome retracted(boolean trainsItself) {
        return trainsItself ? DO_NOT_TRAIN : new Outcome(Severity.HIGH, Verdict.UNSPECIFIED,
                "Its creators asked that it no longer be used; weights trained on it carry that history and a human must decide.",
                List.of("record why weights trained on a retracted dataset are acceptable for this use"));
    }

    private static Outcome whenTrainingItself(WithdrawalReason reason) {
        return switch (reason) {
            case PERSONAL_DATA, ILLEGAL_CONTENT, LEGAL_ORDER -> DO_NOT_TRAIN;
            case SOURCE_TERMS -> new Outcome(Severity.HIGH, Verdict.UNSPECIFIED,
                    "Copies still circulating are outside any terms its creators or the works' authors offer; a human must decide.",
                    List.of("obtain the authors' permission or legal advice before training on a copy of this dataset"));
        };
    }

    private static Outcome whenUsingThirdPartyWeights(WithdrawalReason reason) {
        return switch (reason) {
            case PERSONAL_DATA -> new Outcome(Severity.HIGH, Verdict.UNSPECIFIED,
                    "Weights may memorise and reproduce the personal data that made it withdrawn; a human must decide.",
                    List.of("record why weights trained on personal data withdrawn for lack of consent are acceptable for this use"));
            case ILLEGAL_CONTENT -> new Outcome(Severity.HIGH, Verdict.UNSPECIFIED,
                    "Weights trained on it may reproduce what made it withdrawn; a human must decide.",
                    List.of("record why weights trained on a dataset withdrawn for unlawful content are acceptable and how outputs are filtered"));
            case LEGAL_ORDER, SOURCE_TERMS -> new Outcome(Severity.WARNING, Verdict.CONDITIONAL,
                    "Its withdrawal concerns copies of the data, not weights trained on them; the history is recorded, not a bar.",
                    List.of("record that the weights were trained on a withdrawn dataset and why it was withdrawn"));
        };
    }

    private static String describe(WithdrawalReason reason) {
        return switch (reason) {
            case PERSONAL_DATA -> "personal or biometric data collected without consent";
            case ILLEGAL_CONTENT -> "unlawful content in or linked from it";
            case LEGAL_ORDER -> "a court order or copyright takedown";
            case SOURCE_TERMS -> "content copied against its source's terms or without its authors' permission";
        };
    }
}
