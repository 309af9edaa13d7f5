package io.modelintake.approval.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A company entity's acceptance of one licence text as stored; {@code models} is the JSON list of model ids. */
@Entity
@Table(name = "license_acceptance")
public class LicenseAcceptanceEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "license_id", nullable = false)
    public String licenseId;

    @Column(name = "license_name")
    public String licenseName;

    @Column(name = "text_sha256")
    public String textSha256;

    @Column(nullable = false)
    public String entity;

    @Column(name = "accepted_by", nullable = false)
    public String acceptedBy;

    @Column(name = "accepted_at", nullable = false)
    public Instant acceptedAt;

    @Column(nullable = false)
    public String models;

    @Column(name = "request_id")
    public UUID requestId;

    public String note;
}
