package io.modelintake.approval.policy;

import io.modelintake.contracts.RiskTier;
import java.util.List;

/**
 * One policy rule that applied: its id, why it exists, the tier floor it set and the codes of the findings that
 * triggered it (empty for a rule on the intended use alone).
 */
public record FiredRule(String id, String why, RiskTier tier, List<String> triggeredBy) {

    public FiredRule {
        triggeredBy = List.copyOf(triggeredBy);
    }
}
