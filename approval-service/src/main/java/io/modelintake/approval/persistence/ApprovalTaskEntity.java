package io.modelintake.approval.persistence;

import io.modelintake.approval.decision.ReviewKind;
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

    /** The assessed event of the round before a re-evaluation replaced the facts; null until one did. */
    @Column(name = "previous_assessed")
    public String previousAssessed;

    /** The risk assessment of that round. */
    @Column(name = "previous_assessment")
    public String previousAssessment;

    /** The last re-evaluation ({@code service.ReevaluationView} as JSON); null until one arrived. */
    @Column(name = "reevaluation")
    public String reevaluation;

    /** The kind of the task's re-review, null for a first round; with {@link #reviewOpenedAt}, for the queue. */
    @Enumerated(EnumType.STRING)
    @Column(name = "review_kind")
    public ReviewKind reviewKind;

    @Column(name = "review_opened_at")
    public Instant reviewOpenedAt;
}
