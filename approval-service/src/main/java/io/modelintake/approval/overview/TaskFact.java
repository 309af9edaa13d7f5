package io.modelintake.approval.overview;

import io.modelintake.contracts.RiskTier;
import io.modelintake.contracts.RequestStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What the overview reads of one approval task: its tier, the request's status as the task sets it, when the
 * request was submitted and the task opened, and when an officer decided it ({@code decidedAt} is null while
 * pending and for a decision the policy took alone, which has no lead time worth charting).
 */
public record TaskFact(UUID requestId, RiskTier tier, RequestStatus status, Instant submittedAt, Instant openedAt,
        Instant decidedAt) {

    public TaskFact {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(openedAt, "openedAt");
    }
}
