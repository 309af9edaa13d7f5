package io.modelintake.approval.persistence;

import io.modelintake.approval.decision.TaskState;
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

/**
 * An approval task as stored: the queryable columns beside the JSON of the task value, of the risk assessment
 * and of the assessed event it was opened on.
 */
@Entity
@Table(name = "approval_task")
public class ApprovalTaskEntity extends PanacheEntityBase {

    @Id
    @Column(name = "request_id")
    public UUID requestId;

    @Column(nullable = false)
    public String requester;

    @Column(name = "model_name", nullable = false)
    public String modelName;

    @Column(name = "model_id")
    public String modelId;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_tier", nullable = false)
    public RiskTier riskTier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TaskState state;

    @Column(name = "policy_version", nullable = false)
    public String policyVersion;

    @Column(nullable = false)
    public String task;

    @Column(nullable = false)
    public String assessment;

    @Column(nullable = false)
    public String assessed;
}
