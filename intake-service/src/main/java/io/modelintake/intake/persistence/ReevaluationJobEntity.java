package io.modelintake.intake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A re-evaluation job: what triggered it, how far it has looked for affected requests, and whether it is done. */
@Entity
@Table(name = "reevaluation_job")
public class ReevaluationJobEntity extends PanacheEntityBase {

    /** RUNNING while it finds or asks for affected requests; DONE when every one was asked for. */
    public enum State { RUNNING, DONE }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(nullable = false)
    public String trigger;

    /** The {@code KnowledgeChanged} (or the officer's selection in its shape) as JSON. */
    @Column(nullable = false)
    public String change;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "started_by", nullable = false)
    public String startedBy;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** Whether every request was looked at; until then {@link #scanCursor} is the last request id looked at. */
    @Column(nullable = false)
    public boolean scanned;

    @Column(name = "scan_cursor")
    public UUID scanCursor;
}
