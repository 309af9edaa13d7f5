package io.modelintake.intake.persistence;

import io.modelintake.contracts.RequestStatus;
import io.modelintake.contracts.RiskTier;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A model request; the JSON columns hold the contract payloads as they were received. */
@Entity
@Table(name = "model_request")
public class ModelRequestEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String requester;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequestStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "model_name", nullable = false)
    public String modelName;

    @Column(nullable = false)
    public String model;

    @Column(name = "intended_use", nullable = false)
    public String intendedUse;

    public String lineage;

    @Column(name = "license_findings", nullable = false)
    public String licenseFindings = "[]";

    @Column(name = "dataset_findings", nullable = false)
    public String datasetFindings = "[]";

    /** approval-service's own findings, as its last event on the request stated them. */
    @Column(name = "approval_findings", nullable = false)
    public String approvalFindings = "[]";

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_tier")
    public RiskTier riskTier;

    @Column(name = "fired_rules", nullable = false)
    public String firedRules = "[]";

    public String decision;

    /** The {@code sequence} of the decision held in {@link #decision}; null while none was applied. */
    @Column(name = "decision_sequence")
    public Long decisionSequence;
}
