package io.modelintake.approval.client;

import io.modelintake.contracts.RequestStatus;
import io.modelintake.contracts.RiskTier;
import java.time.Instant;
import java.util.UUID;

/** One line of intake-service's request list, as its API answers. */
public record IntakeRequestSummary(UUID id, String modelName, String requester, Instant submittedAt,
        Instant updatedAt, RequestStatus status, RiskTier riskTier) {
}
