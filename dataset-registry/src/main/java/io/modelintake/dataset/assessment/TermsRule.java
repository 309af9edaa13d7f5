package io.modelintake.dataset.assessment;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Citation;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.Subject;
import io.modelintake.contracts.SubjectKind;
import io.modelintake.contracts.Verdict;
import io.modelintake.dataset.knowledge.ActivityTerm;
import io.modelintake.dataset.knowledge.DataSourceEntry;
import io.modelintake.dataset.knowledge.DatasetEntry;
import io.modelintake.dataset.knowledge.TermsKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The verdict of a dataset's own terms, and of the terms of each source its content came from, per activity.
 * Terms bind the party that accepted them (a contract) or that copies the works (a licence). When the company
 * only uses someone else's weights, a restriction is not a verdict on the company: whether it reaches weights
 * is unsettled, so it becomes a HIGH finding for a human rather than PROHIBITED.
 */
final class TermsRule {

    List<Finding> datasetTerms(ResolvedDataset dataset, Assessment assessment) {
        DatasetEntry entry = dataset.entry();
        Subject subject = new Subject(SubjectKind.DATASET, entry.id(), List.of(dataset.namedBy(), dataset.asNamed()));
        String terms = "The terms of " + entry.name() + " (" + describe(entry.license(), entry.termsKind()) + ")";
        // The company is bound by the dataset's own terms exactly when it trains on the data itself.
        boolean binding = assessment.trainsItself();
        List<Finding> findings = new ArrayList<>();
        for (Activity activity : assessment.activities()) {
            ActivityTerm term = entry.activities().get(activity);
            findings.add(finding("DATASET", subject, terms, entry.termsKind(), term, activity,
                    citation(term, entry.sourceUrl()), binding, "whoever trained " + dataset.namedBy(), assessment));
        }
        return findings;
    }

    List<Finding> sourceTerms(ResolvedDataset dataset, DataSourceEntry source, Assessment assessment) {
        Subject subject = new Subject(SubjectKind.DATA_SOURCE, source.id(), List.of(dataset.asNamed(), source.id()));
        String terms = "The terms of " + source.name() + " (" + describe(source.license(), source.termsKind()) + "), a source of " + dataset.entry().name() + ",";
        // A contract of a source (e.g. a model provider's terms) bound whoever generated or fetched the content,
        // not a company training on the resulting dataset; a licence of the works binds whoever copies them.
        boolean binding = assessment.trainsItself() && source.termsKind() == TermsKind.LICENSE;
        List<Finding> findings = new ArrayList<>();
        for (Activity activity : assessment.activities()) {
            source.termFor(activity).ifPresent(term -> findings.add(finding("DATA_SOURCE", subject, terms, source.termsKind(), term,
                    activity, citation(term, source.sourceUrl()), binding, "the dataset's builder", assessment)));
        }
        if (assessment.trainsItself() && !source.optOuts().isEmpty()) {
            findings.add(new Finding("DATA_SOURCE_OPT_OUTS", Severity.WARNING, subject, null, null, Verdict.CONDITIONAL,
                    source.name() + ", a source of " + dataset.entry().name() + ": rights holders can opt out of training; a company training on this data must honour "
                            + "the opt-outs current at the time it collects or trains, not only those honoured by the dataset's builder.",
                    source.optOuts().stream().map(o -> "honour " + o.mechanism() + ": " + o.description()).toList(),
                    source.optOuts().stream().map(o -> new Citation(o.url() == null ? source.sourceUrl() : o.url(), o.mechanism())).toList(),
                    "DATA_SOURCE_OPT_OUTS_TO_HONOUR"));
        }
        return findings;
    }

    private static Finding finding(String prefix, Subject subject, String terms, TermsKind kind, ActivityTerm term, Activity activity,
                                   Citation citation, boolean binding, String trainer, Assessment assessment) {
        String clause = " [" + term.clause() + "]" + (term.note() == null ? "" : " " + term.note());
        String party = binding ? "the company trains on this data itself, so these terms bind it"
                : assessment.trainsItself() ? "the company trains on this data but never accepted these terms"
                : "the company uses weights trained by someone else";
        if (!binding && term.verdict() == Verdict.PROHIBITED) {
            if (kind == TermsKind.CONTRACT) {
                return new Finding(prefix + "_CONTRACT_BINDS_ACCEPTING_PARTY", Severity.HIGH, subject, activity, null, Verdict.UNSPECIFIED,
                        terms + " prohibit " + activity + " for the party that accepted them (" + trainer + "), not for the company: "
                                + party + ", and is not party to them. Whether weights trained on data "
                                + "under such terms may be used for " + activity + " is unsettled; a human must decide." + clause,
                        List.of("record who trained the weights and under which terms", "obtain the trainer's or the data owner's written position, or legal advice, before " + activity),
                        List.of(citation), prefix + "_CONTRACT_BINDS_ACCEPTING_PARTY");
            }
            return new Finding(prefix + "_LICENSE_REACH_TO_WEIGHTS_UNSETTLED", Severity.HIGH, subject, activity, null, Verdict.UNSPECIFIED,
                    terms + " do not permit " + activity + " for whoever copies or adapts the data; " + party
                            + ", and whether trained weights are a copy or adaptation of the data is unsettled; a human must decide." + clause,
                    List.of("obtain legal advice on whether the weights are adapted material of the data before " + activity),
                    List.of(citation), prefix + "_LICENSE_REACH_TO_WEIGHTS_UNSETTLED");
        }
        Verdict verdict = term.verdict();
        Severity severity = term.severity() != null ? term.severity() : defaultSeverity(verdict);
        String ruleId = prefix + switch (verdict) {
            case ALLOWED -> "_TERMS_ALLOW_ACTIVITY";
            case CONDITIONAL -> "_TERMS_ATTACH_OBLIGATIONS";
            case PROHIBITED -> "_TERMS_PROHIBIT_ACTIVITY";
            case UNSPECIFIED -> "_TERMS_SILENT";
        };
        String says = switch (verdict) {
            case ALLOWED -> " allow " + activity;
            case CONDITIONAL -> " allow " + activity + " with obligations";
            case PROHIBITED -> " prohibit " + activity;
            case UNSPECIFIED -> " do not settle " + activity;
        };
        return new Finding(ruleId, severity, subject, activity, null, verdict, terms + says + "; " + party + "." + clause,
                term.obligations(), List.of(citation), ruleId);
    }

    static Severity defaultSeverity(Verdict verdict) {
        return switch (verdict) {
            case ALLOWED -> Severity.INFO;
            case CONDITIONAL -> Severity.WARNING;
            case UNSPECIFIED -> Severity.HIGH;
            case PROHIBITED -> Severity.BLOCKER;
        };
    }

    private static Citation citation(ActivityTerm term, String defaultUrl) {
        return new Citation(term.url() == null ? defaultUrl : term.url(), term.clause());
    }

    private static String describe(String license, TermsKind kind) {
        String what = kind == TermsKind.CONTRACT ? "a contract accepted at download" : "licence";
        return license == null ? what : what + ", " + license;
    }
}
