package io.modelintake.approval.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One condition of an approval as followed up: owner, due date, met with evidence or found overdue (V6). */
@Entity
@Table(name = "approval_condition")
public class ApprovalConditionEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "request_id", nullable = false)
    public UUID requestId;

    /** Place in the approval's conditions, from 1. */
    @Column(nullable = false)
    public int n;

    @Column(nullable = false)
    public String text;

    @Column(nullable = false)
    public String owner;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;

    @Column(name = "assigned_by", nullable = false)
    public String assignedBy;

    @Column(name = "met_at")
    public Instant metAt;

    @Column(name = "met_by")
    public String metBy;

    public String evidence;

    @Column(name = "overdue_at")
    public Instant overdueAt;
}
