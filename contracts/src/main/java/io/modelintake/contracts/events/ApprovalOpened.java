package io.modelintake.contracts.events;

import io.modelintake.contracts.RiskTier;
import java.util.List;
import java.util.UUID;

/**
 * {@code modelintake.approval.opened.v1}: approval-service opened a task and tiered the risk; the request now
 * awaits approval. {@code firedRules} are the ids of the policy rules that set the tier.
 */
public record ApprovalOpened(UUID requestId, RiskTier riskTier, List<String> firedRules, String policyVersion) {

    public ApprovalOpened {
        firedRules = firedRules == null ? List.of() : List.copyOf(firedRules);
    }
}
