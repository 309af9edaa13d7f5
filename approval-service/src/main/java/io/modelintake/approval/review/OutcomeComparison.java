package io.modelintake.approval.review;

import io.modelintake.contracts.RiskTier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The old outcome of a request against its re-evaluated one: which way it moved ({@code change}), every finding that
 * was added, removed or changed, and the tier before and after with the policy rules that fired on each side.
 */
public record OutcomeComparison(
        Change change,
        List<FindingChange> findingChanges,
        RiskTier tierBefore,
        RiskTier tierAfter,
        List<String> rulesBefore,
        List<String> rulesAfter,
        String policyBefore,
        String policyAfter) {

    public OutcomeComparison {
        findingChanges = List.copyOf(findingChanges);
        rulesBefore = List.copyOf(rulesBefore);
        rulesAfter = List.copyOf(rulesAfter);
    }

    public boolean tierChanged() {
        return tierBefore != tierAfter;
    }

    /**
     * The reasons of the re-evaluation's decision record: the codes of the findings that moved, the tier's move
     * ({@code TIER:MEDIUM→PROHIBITED}) and the policy rules that fired on the new outcome.
     */
    public List<String> reasons() {
        LinkedHashSet<String> reasons = new LinkedHashSet<>();
        findingChanges.stream().filter(change -> change.change() != Change.SAME).map(FindingChange::code)
                .forEach(reasons::add);
        if (tierChanged()) {
            reasons.add("TIER:" + tierBefore + "→" + tierAfter);
        }
        reasons.addAll(rulesAfter);
        return new ArrayList<>(reasons);
    }
}
