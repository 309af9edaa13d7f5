package io.modelintake.approval.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Until when a request's approval holds, and where its expiry stands (V6). */
@Entity
@Table(name = "approval_validity")
public class ApprovalValidityEntity extends PanacheEntityBase {

    @Id
    @Column(name = "request_id")
    public UUID requestId;

    @Column(name = "valid_until", nullable = false)
    public Instant validUntil;

    @Column(name = "review_opened_at")
    public Instant reviewOpenedAt;

    @Column(name = "expired_at")
    public Instant expiredAt;

    @Column(name = "policy_version", nullable = false)
    public String policyVersion;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
