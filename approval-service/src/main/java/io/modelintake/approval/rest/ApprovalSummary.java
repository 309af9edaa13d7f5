package io.modelintake.approval.rest;

import io.modelintake.approval.decision.ReviewKind;
import io.modelintake.approval.decision.TaskState;
import io.modelintake.contracts.RiskTier;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One line of the approval queue. {@code reviewKind} and {@code reviewOpenedAt} are set for a re-review of a decided
 * approval (null for a first decision), so the queue can show re-reviews apart, with their age.
 */
public record ApprovalSummary(UUID requestId, String modelName, String modelId, String requester, RiskTier riskTier,
        TaskState state, Instant openedAt, List<String> approvers, boolean awaitsSecondApproval, boolean exceptionOpen,
        ReviewKind reviewKind, Instant reviewOpenedAt) {

    /** A first decision, not a re-review. */
    public ApprovalSummary(UUID requestId, String modelName, String modelId, String requester, RiskTier riskTier,
            TaskState state, Instant openedAt, List<String> approvers, boolean awaitsSecondApproval,
            boolean exceptionOpen) {
        this(requestId, modelName, modelId, requester, riskTier, state, openedAt, approvers, awaitsSecondApproval,
                exceptionOpen, null, null);
    }

    public boolean isReview() {
        return reviewKind != null;
    }

    /** When the line started waiting: the re-review's opening, else the task's. */
    public Instant waitingSince() {
        return reviewOpenedAt != null ? reviewOpenedAt : openedAt;
    }
}
