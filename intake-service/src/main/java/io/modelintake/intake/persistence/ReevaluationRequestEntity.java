package io.modelintake.intake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A request a re-evaluation job affects: asked for or not yet, and the comparison approval-service reported. */
@Entity
@Table(name = "reevaluation_request")
@IdClass(ReevaluationRequestEntity.Key.class)
public class ReevaluationRequestEntity extends PanacheEntityBase {

    @Id
    @Column(name = "job_id")
    public UUID jobId;

    @Id
    @Column(name = "request_id")
    public UUID requestId;

    @Column(name = "requested_at")
    public Instant requestedAt;

    /** WORSE, SAME or BETTER; null until approval-service compared. */
    public String comparison;

    @Column(name = "evaluated_at")
    public Instant evaluatedAt;

    public static ReevaluationRequestEntity of(UUID jobId, UUID requestId) {
        ReevaluationRequestEntity entity = new ReevaluationRequestEntity();
        entity.jobId = jobId;
        entity.requestId = requestId;
        return entity;
    }

    public record Key(UUID jobId, UUID requestId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
