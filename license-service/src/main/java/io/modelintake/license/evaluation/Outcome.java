package io.modelintake.license.evaluation;

import io.modelintake.contracts.Citation;
import io.modelintake.contracts.Verdict;
import io.modelintake.license.knowledge.ObligationWeight;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one licence expression says about one activity before it becomes a finding: verdict, obligations,
 * citations, the deciding rule and finding code, the jurisdictions the verdict depends on, and for an SPDX
 * {@code OR} the option chosen.
 */
record Outcome(
        Verdict verdict,
        List<String> obligations,
        List<Citation> citations,
        ObligationWeight weight,
        Rule rule,
        String code,
        String jurisdiction,
        String detail) {

    static Outcome worstOf(List<Outcome> parts, Rule combiningRule, String detail) {
        Outcome worst = parts.get(0);
        for (Outcome part : parts) {
            if (worst.verdict().isMorePermissiveThan(part.verdict())) {
                worst = part;
            }
        }
        Set<String> obligations = new LinkedHashSet<>();
        Set<Citation> citations = new LinkedHashSet<>();
        Set<String> jurisdictions = new LinkedHashSet<>();
        ObligationWeight weight = ObligationWeight.LIGHT;
        for (Outcome part : parts) {
            obligations.addAll(part.obligations());
            citations.addAll(part.citations());
            if (part.jurisdiction() != null) {
                jurisdictions.add(part.jurisdiction());
            }
            if (part.weight() == ObligationWeight.HEAVY) {
                weight = ObligationWeight.HEAVY;
            }
        }
        Rule rule = worst.rule().isGrantOrCombination() ? combiningRule : worst.rule();
        return new Outcome(worst.verdict(), new ArrayList<>(obligations), new ArrayList<>(citations), weight, rule,
                worst.code(), jurisdictions.isEmpty() ? null : String.join(",", jurisdictions), detail);
    }

    /** Most permissive option; on a tie the one asking fewer obligations. */
    static Outcome bestOf(List<Outcome> options) {
        Outcome best = options.get(0);
        for (Outcome option : options) {
            if (option.verdict().isMorePermissiveThan(best.verdict())
                    || option.verdict() == best.verdict() && option.obligations().size() < best.obligations().size()) {
                best = option;
            }
        }
        return best;
    }

    Outcome withRule(Rule newRule, String newDetail) {
        return new Outcome(verdict, obligations, citations, weight, newRule, code, jurisdiction, newDetail);
    }
}
