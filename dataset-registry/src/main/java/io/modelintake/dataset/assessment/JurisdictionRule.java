package io.modelintake.dataset.assessment;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Citation;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.Jurisdictions;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.Subject;
import io.modelintake.contracts.SubjectKind;
import io.modelintake.contracts.Verdict;
import io.modelintake.dataset.knowledge.DatasetEntry;
import io.modelintake.dataset.knowledge.DatasetSnapshot;
import io.modelintake.dataset.knowledge.JurisdictionNote;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Applies the provisions of each requested jurisdiction's note to a dataset (JP Art. 30-4, EU DSM Arts 3/4, GDPR, …). */
final class JurisdictionRule {

    private final Jurisdictions jurisdictions = Jurisdictions.standard();

    /**
     * The jurisdiction's own note, else the note of the narrowest group it belongs to: a member state without a
     * note of its own falls under Union law (DSM Directive as transposed, GDPR), the EU note.
     */
    Optional<JurisdictionNote> noteFor(String jurisdiction, DatasetSnapshot snapshot) {
        String code = jurisdiction.trim().toUpperCase(Locale.ROOT);
        Optional<JurisdictionNote> own = snapshot.jurisdiction(code);
        if (own.isPresent()) {
            return own;
        }
        return jurisdictions.groupsOf(code).stream().map(snapshot::jurisdiction).flatMap(Optional::stream).findFirst();
    }

    List<Finding> assess(ResolvedDataset dataset, Assessment assessment, DatasetSnapshot snapshot) {
        List<Finding> findings = new ArrayList<>();
        DatasetEntry entry = dataset.entry();
        for (String jurisdiction : assessment.jurisdictions()) {
            Optional<JurisdictionNote> note = noteFor(jurisdiction, snapshot);
            if (note.isEmpty()) {
                continue;
            }
            Subject subject = new Subject(SubjectKind.JURISDICTION, jurisdiction, List.of(dataset.asNamed(), jurisdiction));
            for (JurisdictionNote.Provision provision : note.get().provisions()) {
                if (!applies(provision.appliesWhen(), entry)) {
                    continue;
                }
                JurisdictionNote.Outcome outcome = assessment.trainsItself() ? provision.whenTrainingItself() : provision.whenUsingThirdPartyWeights();
                for (Activity activity : activities(provision.appliesWhen(), assessment)) {
                    findings.add(new Finding(provision.ruleId(), outcome.severity(), subject, activity, jurisdiction, outcome.verdict(),
                            entry.name() + " in " + jurisdiction + " — " + provision.title() + ": " + outcome.message(),
                            outcome.obligations(), List.of(new Citation(provision.url(), provision.clause())), provision.ruleId()));
                }
            }
        }
        return findings;
    }

    /** One finding per jurisdiction that has no note, so an unassessed jurisdiction is never silent. */
    List<Finding> uncovered(Assessment assessment, DatasetSnapshot snapshot) {
        List<Finding> findings = new ArrayList<>();
        for (String jurisdiction : assessment.jurisdictions()) {
            if (noteFor(jurisdiction, snapshot).isEmpty()) {
                findings.add(new Finding("JURISDICTION_NOT_COVERED", Severity.WARNING, Subject.of(SubjectKind.JURISDICTION, jurisdiction),
                        null, jurisdiction, Verdict.UNSPECIFIED,
                        "The registry has no note on how " + jurisdiction + " treats training data (copyright exceptions, data protection); "
                                + "the datasets' use there has not been assessed.",
                        List.of("obtain local legal advice on text-and-data-mining and data-protection rules in " + jurisdiction),
                        List.of(), "JURISDICTION_NOT_COVERED"));
            }
        }
        return findings;
    }

    private static boolean applies(JurisdictionNote.Condition condition, DatasetEntry entry) {
        if (condition == null) {
            return true;
        }
        boolean any = condition.flagsAny().isEmpty() || condition.flagsAny().stream().anyMatch(entry::has);
        boolean all = entry.flags().containsAll(condition.flagsAll());
        boolean kind = condition.termsKind() == null || condition.termsKind() == entry.termsKind();
        return any && all && kind;
    }

    private static List<Activity> activities(JurisdictionNote.Condition condition, Assessment assessment) {
        if (condition == null || condition.activitiesAny().isEmpty()) {
            return Collections.singletonList(null);
        }
        return assessment.activities().stream().filter(condition.activitiesAny()::contains).toList();
    }
}
