package io.modelintake.license.evaluation;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Citation;
import io.modelintake.contracts.Jurisdictions;
import io.modelintake.contracts.Verdict;
import io.modelintake.license.knowledge.ActivityTerm;
import io.modelintake.license.knowledge.JurisdictionTerm;
import io.modelintake.license.knowledge.LicenseEntry;
import io.modelintake.license.knowledge.LicenseExpression;
import io.modelintake.license.knowledge.ObligationWeight;
import io.modelintake.license.knowledge.Threshold;
import io.modelintake.license.knowledge.ThresholdKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Decides what a licence expression says about one activity, with its thresholds and jurisdiction terms. */
final class ExpressionVerdicts {

    static final String GRANTED = "LICENSE_ALLOWS_ACTIVITY";
    static final String GRANTED_WITH_CONDITIONS = "LICENSE_ALLOWS_ACTIVITY_WITH_CONDITIONS";
    static final String PROHIBITS = "LICENSE_PROHIBITS_ACTIVITY";
    static final String SILENT = "LICENSE_SILENT_ON_ACTIVITY";
    static final String UNRESOLVED = "LICENSE_UNRESOLVED";
    static final String THRESHOLD_EXCEEDED = "LICENSE_THRESHOLD_EXCEEDED";
    static final String THRESHOLD_TO_CONFIRM = "LICENSE_THRESHOLD_TO_CONFIRM";
    static final String JURISDICTION_RESTRICTS = "LICENSE_JURISDICTION_RESTRICTS";
    static final String TERMS_IN_TENSION = "LICENSE_TERMS_IN_TENSION";

    private static final Jurisdictions JURISDICTIONS = Jurisdictions.standard();

    /**
     * @param flowingOnly when true (a base model's licence seen from a derivative), only licences that say
     *                    something flows down count; the result is null when nothing does
     */
    Outcome evaluate(LicenseExpression expression, Activity activity, EvaluationContext context, boolean flowingOnly) {
        if (expression instanceof LicenseExpression.Single single) {
            return single(single, activity, context, flowingOnly);
        }
        if (expression instanceof LicenseExpression.AllOf all) {
            List<Outcome> parts = new ArrayList<>();
            for (LicenseExpression part : all.parts()) {
                Outcome outcome = evaluate(part, activity, context, flowingOnly);
                if (outcome != null) {
                    parts.add(outcome);
                }
            }
            return parts.isEmpty() ? null
                    : Outcome.worstOf(parts, Rule.SPDX_AND_ALL_APPLY, "all of " + all.canonical() + " apply");
        }
        if (expression instanceof LicenseExpression.AnyOf any) {
            List<Outcome> options = new ArrayList<>();
            for (LicenseExpression option : any.options()) {
                Outcome outcome = evaluate(option, activity, context, flowingOnly);
                if (outcome == null) {
                    // an option that imposes nothing on derivatives can be chosen: nothing flows down
                    return null;
                }
                options.add(outcome);
            }
            Outcome best = Outcome.bestOf(options);
            String chosen = any.options().get(options.indexOf(best)).canonical();
            Rule rule = best.rule().isGrantOrCombination() ? Rule.SPDX_OR_BEST_OPTION : best.rule();
            return best.withRule(rule, "option " + chosen + " chosen of " + any.canonical());
        }
        LicenseExpression.Unparseable unparseable = (LicenseExpression.Unparseable) expression;
        return unresolved(unparseable.raw(), "not a licence expression (" + unparseable.reason() + ")", activity);
    }

    private Outcome single(LicenseExpression.Single single, Activity activity, EvaluationContext context,
            boolean flowingOnly) {
        LicenseEntry license = single.license();
        if (license == null) {
            return unresolved(single.raw(), "no licence in the knowledge matches '" + single.raw() + "'", activity);
        }
        if (flowingOnly && !license.hasFlowDown()) {
            return null;
        }
        Draft draft = grant(license, single.exception(), activity);
        for (Threshold threshold : license.thresholds()) {
            if (threshold.activities().contains(activity)) {
                applyThreshold(draft, license, threshold, context);
            }
        }
        for (JurisdictionTerm term : license.jurisdictionTerms()) {
            if (term.activities().isEmpty() || term.activities().contains(activity)) {
                applyJurisdictionTerm(draft, license, term, activity, context);
            }
        }
        return draft.outcome();
    }

    /** The licence's own term for the activity, or the one a {@code WITH} exception puts in its place. */
    private static Draft grant(LicenseEntry license, String exception, Activity activity) {
        if (exception == null) {
            return new Draft(license, license.term(activity), Rule.LICENSE_GRANT_PER_ACTIVITY, license.name());
        }
        Map<Activity, ActivityTerm> changed = license.exceptions().get(exception);
        if (changed == null) {
            Draft draft = new Draft(license, license.term(activity), Rule.LICENSE_GRANT_PER_ACTIVITY,
                    license.name() + " with " + exception + " (exception not in the knowledge: the licence's own"
                            + " terms are shown)");
            // an exception only adds permissions, so the licence's own terms are the safe reading
            draft.obligations.add("Check what " + exception + " adds to " + license.id()
                    + ": the knowledge does not hold it, so the licence's own terms were applied");
            return draft;
        }
        ActivityTerm term = changed.get(activity);
        return term == null
                ? new Draft(license, license.term(activity), Rule.LICENSE_GRANT_PER_ACTIVITY,
                        license.name() + " with " + exception)
                : new Draft(license, term, Rule.SPDX_WITH_EXCEPTION, license.name() + " with " + exception);
    }

    private static void applyThreshold(Draft draft, LicenseEntry license, Threshold threshold,
            EvaluationContext context) {
        boolean users = threshold.kind() == ThresholdKind.MONTHLY_ACTIVE_USERS_ABOVE;
        Long value = users ? context.monthlyActiveUsers() : context.annualRevenueUsd();
        Rule rule = users ? Rule.MONTHLY_ACTIVE_USERS_THRESHOLD : Rule.ANNUAL_REVENUE_THRESHOLD;
        String measure = users ? "monthly active users" : "annual revenue (USD)";
        Citation citation = citation(license.sourceUrl(), threshold.clause(), threshold.quote());
        if (value == null) {
            draft.require("Confirm " + measure + " stay at or below " + threshold.above() + "; above it "
                    + threshold.requires() + " is needed", citation);
            draft.atLeastConditional(rule, THRESHOLD_TO_CONFIRM);
        } else if (value > threshold.above()) {
            draft.require("Obtain " + threshold.requires() + " (" + measure + " " + value + " exceed "
                    + threshold.above() + ")", citation);
            draft.escalate(threshold.verdictAbove(), rule, THRESHOLD_EXCEEDED);
        }
    }

    private static void applyJurisdictionTerm(Draft draft, LicenseEntry license, JurisdictionTerm term,
            Activity activity, EvaluationContext context) {
        boolean flagged = term.modelFlag() == null || context.flags().contains(term.modelFlag());
        boolean maybe = term.modelFlag() != null && !context.flagsKnown();
        if (!flagged && !maybe) {
            return;
        }
        Citation citation = citation(term.sourceUrl() != null ? term.sourceUrl() : license.sourceUrl(),
                term.clause(), term.quote());
        if (context.jurisdictions().isEmpty()) {
            // the request does not say where: the term may apply, so an approval must settle it
            List<String> where = term.jurisdictions();
            draft.require("Confirm where the licensee is: " + term.clause() + " makes " + activity + " "
                    + term.verdict() + " in " + String.join(", ", where.subList(0, Math.min(3, where.size())))
                    + (where.size() > 3 ? " and others" : ""), citation);
            draft.atLeastConditional(Rule.JURISDICTION_TERM, JURISDICTION_RESTRICTS);
            return;
        }
        String matched = matchJurisdictions(term.jurisdictions(), context.jurisdictions());
        if (matched == null) {
            return;
        }
        draft.jurisdiction = matched;
        if (flagged) {
            term.obligations().forEach(obligation -> draft.require(obligation, null));
            draft.require(null, citation);
            draft.escalate(term.verdict(), Rule.JURISDICTION_TERM, JURISDICTION_RESTRICTS);
        } else {
            draft.require("Confirm the model is not " + term.modelFlag() + ": for such models " + term.clause()
                    + " applies in " + matched, citation);
            draft.atLeastConditional(Rule.JURISDICTION_TERM, JURISDICTION_RESTRICTS);
        }
    }

    private static Outcome unresolved(String raw, String why, Activity activity) {
        return new Outcome(Verdict.UNSPECIFIED,
                List.of("A compliance officer must identify the licence '" + raw + "' and settle whether it allows "
                        + activity),
                List.of(), ObligationWeight.HEAVY, Rule.LICENSE_MUST_RESOLVE, UNRESOLVED, null, why);
    }

    /** The requested jurisdictions the term reaches, its groups expanded (a term scoped to EU reaches HU). */
    private static String matchJurisdictions(List<String> covered, List<String> requested) {
        List<String> matched = null;
        for (String jurisdiction : requested) {
            if (JURISDICTIONS.overlaps(jurisdiction, covered)) {
                if (matched == null) {
                    matched = new ArrayList<>(2);
                }
                matched.add(jurisdiction.toUpperCase(Locale.ROOT));
            }
        }
        return matched == null ? null : String.join(",", matched);
    }

    static String codeOf(Verdict verdict) {
        return switch (verdict) {
            case ALLOWED -> GRANTED;
            case CONDITIONAL -> GRANTED_WITH_CONDITIONS;
            case PROHIBITED -> PROHIBITS;
            case UNSPECIFIED -> SILENT;
        };
    }

    static Citation citation(String url, String clause, String quote) {
        return new Citation(url, quote == null || quote.isBlank() ? clause : clause + ": \"" + quote + "\"");
    }

    /** An outcome being built from a licence's grant, its thresholds and its jurisdiction terms. */
    private static final class Draft {
        private Verdict verdict;
        private final List<String> obligations;
        private final List<Citation> citations = new ArrayList<>(2);
        private ObligationWeight weight;
        private Rule rule;
        private String code;
        private String jurisdiction;
        private final String detail;

        Draft(LicenseEntry license, ActivityTerm term, Rule rule, String detail) {
            this.verdict = term.verdict();
            this.obligations = new ArrayList<>(term.obligations());
            this.citations.add(citation(license.sourceUrl(), term.clause(), term.quote()));
            this.weight = term.weight();
            this.rule = rule;
            this.code = codeOf(verdict);
            ActivityTerm.Tension tension = term.tension();
            if (tension == null) {
                this.detail = detail;
                return;
            }
            this.detail = detail + " (terms in tension: " + term.clause() + " against " + tension.clause() + ")";
            require("Settle the reading before approval — " + term.clause() + " and " + tension.clause()
                    + " pull opposite ways: " + tension.reading(),
                    citation(license.sourceUrl(), tension.clause(), tension.quote()));
            // neither clause can be applied alone: the text does not settle the activity
            escalate(Verdict.UNSPECIFIED, Rule.TERMS_IN_TENSION, TERMS_IN_TENSION);
        }

        /** A further obligation (and the clause it rests on); every such term shapes the approval. */
        void require(String obligation, Citation citation) {
            if (obligation != null) {
                obligations.add(obligation);
            }
            if (citation != null) {
                citations.add(citation);
            }
            weight = ObligationWeight.HEAVY;
        }

        /** Something must be confirmed: a plain yes becomes conditional. */
        void atLeastConditional(Rule newRule, String newCode) {
            if (verdict == Verdict.ALLOWED) {
                escalate(Verdict.CONDITIONAL, newRule, newCode);
            }
        }

        void escalate(Verdict worse, Rule newRule, String newCode) {
            if (verdict.isMorePermissiveThan(worse)) {
                verdict = worse;
                rule = newRule;
                code = newCode;
            }
        }

        Outcome outcome() {
            return new Outcome(verdict, obligations, citations, weight, rule, code, jurisdiction, detail);
        }
    }
}
