package io.modelintake.intake.mapping;

import io.modelintake.contracts.RequestStatus;
import io.modelintake.contracts.RiskTier;
import java.time.Instant;
import java.util.UUID;

/** One line of a request list. */
public record RequestSummary(UUID id, String modelName, String requester, Instant submittedAt, Instant updatedAt,
        RequestStatus status, RiskTier riskTier) {
}
