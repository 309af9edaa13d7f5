package io.modelintake.approval.bom;

import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.ModelRequest;
import io.modelintake.contracts.RiskTier;
import io.modelintake.contracts.events.ApprovalDecided;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the ML-BOM of a request is built from: the request, the lineage license-service resolved, the risk tier
 * (absent before tiering) and the decision (absent while pending). {@code generatedAt} becomes the BOM's
 * timestamp; the builder reads no clock.
 */
public record BomInput(
        ModelRequest request,
        Lineage lineage,
        Optional<RiskTier> riskTier,
        Optional<ApprovalDecided> decision,
        Instant generatedAt) {

    public BomInput {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(request.model(), "request.model");
        Objects.requireNonNull(lineage, "lineage");
        Objects.requireNonNull(riskTier, "riskTier");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(generatedAt, "generatedAt");
    }
}
