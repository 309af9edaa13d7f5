package io.modelintake.contracts;

import io.modelintake.contracts.events.ApprovalDecided;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A request as intake-service shows it to the engineer, the officers and the auditors (API.md, Follow a request). */
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

    public RequestView {
        riskRules = riskRules == null ? List.of() : List.copyOf(riskRules);
        findings = findings == null ? List.of() : List.copyOf(findings);
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
    }

    public record TimelineStep(String step, Instant at, String actor, String decision) {
    }
}
