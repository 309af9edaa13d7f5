package io.modelintake.contracts.events;

import io.modelintake.contracts.RiskTier;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code modelintake.approval.decided.v1}: the final decision on a request. {@code outcome} is
 * {@code APPROVED}, {@code APPROVED_WITH_CONDITIONS} or {@code REJECTED}; {@code signatures} are the officers
 * (or the policy) who decided, in order.
 */
public record ApprovalDecided(
        UUID requestId,
        String outcome,
        RiskTier riskTier,
        List<String> conditions,
        List<Signature> signatures,
        Instant decidedAt) {

    public ApprovalDecided {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
    }

    /** One officer's (or the policy's) decision with its justification. */
    public record Signature(String actor, String decision, String justification, Instant at) {
    }
}
