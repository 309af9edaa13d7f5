package io.modelintake.approval.rest;

import io.modelintake.approval.decision.TaskState;
import io.modelintake.contracts.RiskTier;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One line of the approval queue. */
public record ApprovalSummary(UUID requestId, String modelName, String modelId, String requester, RiskTier riskTier,
        TaskState state, Instant openedAt, List<String> approvers, boolean awaitsSecondApproval, boolean exceptionOpen) {
}
