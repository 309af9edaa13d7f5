package io.modelintake.contracts;

import java.time.Instant;
import java.util.UUID;

/** One line of intake-service's request list. */
public record RequestSummary(UUID id, String modelName, String requester, Instant submittedAt, Instant updatedAt,
        RequestStatus status, RiskTier riskTier) {
}
