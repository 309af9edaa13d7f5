package io.modelintake.contracts.events;

import io.modelintake.contracts.Finding;
import io.modelintake.contracts.RiskTier;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code modelintake.approval.decided.v1}: the decision on a request, which sets its status. {@code outcome} is
 * {@code APPROVED}, {@code APPROVED_WITH_CONDITIONS} or {@code REJECTED}; for a decided request also
 * {@code UNDER_REVIEW} (a re-evaluation made it worse, or its approval is about to expire: a re-review task is open)
 * or {@code EXPIRED} (nobody renewed the approval by {@code validUntil}). {@code validUntil} is when an approval
 * expires (null for a rejection). {@code signatures} are the officers
 * (or the policy) who decided, in order. {@code sequence} numbers the final decisions announced for the request,
 * from 1 (a policy rejection is 1, the exception granted after it 2): a consumer applies a decision only when its
 * sequence is higher than the one it applied, so a stale or replayed decision never overwrites a newer one. An
 * event written before the field existed reads as 0. {@code findings}, when not null, are approval-service's own
 * findings on the request as of the decision (see {@link ApprovalOpened#findings()}): accepting a licence on behalf
 * of the company as a condition of the approval clears its {@code LICENSE_ACCEPTANCE_MISSING}; null says nothing
 * about them.
 */
public record ApprovalDecided(
        UUID requestId,
        String outcome,
        RiskTier riskTier,
        List<String> conditions,
        List<Signature> signatures,
        Instant decidedAt,
        long sequence,
        Instant validUntil,
        List<Finding> findings) {

    public ApprovalDecided {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
        findings = findings == null ? null : List.copyOf(findings);
    }

    /** A decision that says nothing about approval-service's own findings. */
    public ApprovalDecided(UUID requestId, String outcome, RiskTier riskTier, List<String> conditions,
            List<Signature> signatures, Instant decidedAt, long sequence, Instant validUntil) {
        this(requestId, outcome, riskTier, conditions, signatures, decidedAt, sequence, validUntil, null);
    }

    /** This decision, stating approval-service's own findings as of it. */
    public ApprovalDecided withFindings(List<Finding> findings) {
        return new ApprovalDecided(requestId, outcome, riskTier, conditions, signatures, decidedAt, sequence,
                validUntil, findings);
    }

    /** A decision without an expiry date: a rejection, or an approval decided before approvals expired. */
    public ApprovalDecided(UUID requestId, String outcome, RiskTier riskTier, List<String> conditions,
            List<Signature> signatures, Instant decidedAt, long sequence) {
        this(requestId, outcome, riskTier, conditions, signatures, decidedAt, sequence, null, null);
    }

    /** One officer's (or the policy's) decision with its justification. */
    public record Signature(String actor, String decision, String justification, Instant at) {
    }
}
