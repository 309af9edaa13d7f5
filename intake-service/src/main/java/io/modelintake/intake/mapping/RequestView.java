package io.modelintake.intake.mapping;

import io.modelintake.contracts.Finding;
import io.modelintake.contracts.IntendedUse;
import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.ModelSpec;
import io.modelintake.contracts.RequestStatus;
import io.modelintake.contracts.RiskTier;
import io.modelintake.contracts.events.ApprovalDecided;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A request as API.md shows it to the engineer, the officers and the auditors. */
public record RequestView(
        UUID id,
        String requester,
        Instant submittedAt,
        RequestStatus status,
        String statusReason,
        RiskTier riskTier,
        List<String> riskRules,
        ModelSpec model,
        Lineage lineage,
        IntendedUse intendedUse,
        List<Finding> findings,
        ApprovalDecided decision,
        List<TimelineStep> timeline) {

    public record TimelineStep(String step, Instant at, String actor, String decision) {
    }
}
