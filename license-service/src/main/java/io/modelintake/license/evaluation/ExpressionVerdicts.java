package io.modelintake.license.evaluation;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Citation;
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
import java.util.function.Predicate;

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
        ActivityTerm term = license.term(activity);
        Rule rule = Rule.LICENSE_GRANT_PER_ACTIVITY;
        String detail = license.name();
        if (single.exception() != null) {
            Map<Activity, ActivityTerm> changed = license.exceptions().get(single.exception());
            if (changed != null && changed.containsKey(activity)) {
                term = changed.get(activity);
                rule = Rule.SPDX_WITH_EXCEPTION;
                detail = license.name() + " with " + single.exception();
            } else if (changed == null) {
                detail = license.name() + " with " + single.exception() + " (exception not in the knowledge: the"
                        + " licence's own terms are shown)";
            }
        }
        Verdict verdict = term.verdict();
        List<String> obligations = new ArrayList<>(term.obligations());
        if (single.exception() != null && !license.exceptions().containsKey(single.exception())) {
            // an exception only adds permissions, so the licence's own terms are the safe reading
            obligations.add("Check what " + single.exception() + " adds to " + license.id()
                    + ": the knowledge does not hold it, so the licence's own terms were applied");
        }
        List<Citation> citations = new ArrayList<>(2);
        citations.add(citation(license.sourceUrl(), term.clause(), term.quote()));
        ObligationWeight weight = term.weight();
        String code = codeOf(verdict);
        String jurisdiction = null;

        for (Threshold threshold : license.thresholds()) {
            if (!threshold.activities().contains(activity)) {
                continue;
            }
            Long value = threshold.kind() == ThresholdKind.MONTHLY_ACTIVE_USERS_ABOVE
                    ? context.monthlyActiveUsers() : context.annualRevenueUsd();
            Rule thresholdRule = threshold.kind() == ThresholdKind.MONTHLY_ACTIVE_USERS_ABOVE
                    ? Rule.MONTHLY_ACTIVE_USERS_THRESHOLD : Rule.ANNUAL_REVENUE_THRESHOLD;
            String measure = threshold.kind() == ThresholdKind.MONTHLY_ACTIVE_USERS_ABOVE
                    ? "monthly active users" : "annual revenue (USD)";
            if (value == null) {
                obligations.add("Confirm " + measure + " stay at or below " + threshold.above() + "; above it "
                        + threshold.requires() + " is needed");
                citations.add(citation(license.sourceUrl(), threshold.clause(), threshold.quote()));
                weight = ObligationWeight.HEAVY;
                if (verdict == Verdict.ALLOWED) {
                    verdict = Verdict.CONDITIONAL;
                    rule = thresholdRule;
                    code = THRESHOLD_TO_CONFIRM;
                }
            } else if (value > threshold.above()) {
                obligations.add("Obtain " + threshold.requires() + " (" + measure + " " + value + " exceed "
                        + threshold.above() + ")");
                citations.add(citation(license.sourceUrl(), threshold.clause(), threshold.quote()));
                weight = ObligationWeight.HEAVY;
                if (verdict.isMorePermissiveThan(threshold.verdictAbove())) {
                    verdict = threshold.verdictAbove();
                    rule = thresholdRule;
                    code = THRESHOLD_EXCEEDED;
                }
            }
        }

        for (JurisdictionTerm restriction : license.jurisdictionTerms()) {
            if (!restriction.activities().isEmpty() && !restriction.activities().contains(activity)) {
                continue;
            }
            String matched = matchJurisdictions(restriction.jurisdictions(), context.jurisdictions());
            if (matched == null) {
                continue;
            }
            boolean flagged = restriction.modelFlag() == null || context.flags().contains(restriction.modelFlag());
            boolean maybe = restriction.modelFlag() != null && !context.flagsKnown();
            if (!flagged && !maybe) {
                continue;
            }
            citations.add(citation(restriction.sourceUrl() != null ? restriction.sourceUrl() : license.sourceUrl(),
                    restriction.clause(), restriction.quote()));
            weight = ObligationWeight.HEAVY;
            jurisdiction = matched;
            if (flagged) {
                obligations.addAll(restriction.obligations());
                if (verdict.isMorePermissiveThan(restriction.verdict())) {
                    verdict = restriction.verdict();
                    rule = Rule.JURISDICTION_TERM;
                    code = JURISDICTION_RESTRICTS;
                }
            } else {
                obligations.add("Confirm the model is not " + restriction.modelFlag() + ": for such models "
                        + restriction.clause() + " applies in " + matched);
                if (verdict == Verdict.ALLOWED) {
                    verdict = Verdict.CONDITIONAL;
                    rule = Rule.JURISDICTION_TERM;
                    code = JURISDICTION_RESTRICTS;
                }
            }
        }
        return new Outcome(verdict, obligations, citations, weight, rule, code, jurisdiction, detail);
    }

    private static Outcome unresolved(String raw, String why, Activity activity) {
        return new Outcome(Verdict.UNSPECIFIED,
                List.of("A compliance officer must identify the licence '" + raw + "' and settle whether it allows "
                        + activity),
                List.of(), ObligationWeight.HEAVY, Rule.LICENSE_MUST_RESOLVE, UNRESOLVED, null, why);
    }

    private static String matchJurisdictions(List<String> covered, List<String> requested) {
        List<String> matched = null;
        for (String jurisdiction : requested) {
            String code = jurisdiction.toUpperCase(Locale.ROOT);
            if (covered.stream().anyMatch(Predicate.isEqual(code))) {
                if (matched == null) {
                    matched = new ArrayList<>(2);
                }
                matched.add(code);
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
}
