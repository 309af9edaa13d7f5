package io.modelintake.contracts.events;

import io.modelintake.contracts.Finding;
import io.modelintake.contracts.RiskTier;
import java.util.List;
import java.util.UUID;

/**
 * {@code modelintake.approval.opened.v1}: approval-service opened a task and tiered the risk; the request now
 * awaits approval. {@code firedRules} are the ids of the policy rules that set the tier. {@code findings} are
 * approval-service's own findings the tier also rests on (a click-through licence the request's entity has not
 * accepted, {@code LICENSE_ACCEPTANCE_MISSING}); an event written before the field existed reads as none.
 */
public record ApprovalOpened(UUID requestId, RiskTier riskTier, List<String> firedRules, String policyVersion,
        List<Finding> findings) {

    public ApprovalOpened {
        firedRules = firedRules == null ? List.of() : List.copyOf(firedRules);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** An opening without findings of approval-service's own. */
    public ApprovalOpened(UUID requestId, RiskTier riskTier, List<String> firedRules, String policyVersion) {
        this(requestId, riskTier, firedRules, policyVersion, List.of());
    }
}
