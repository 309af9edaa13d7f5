package io.modelintake.platform.knowledge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One knowledge entry as stored; {@code origin} is {@code bundle:<version>} or {@code curated}. */
@Entity
@Table(name = "knowledge_entry")
@IdClass(KnowledgeEntryEntity.Key.class)
public class KnowledgeEntryEntity extends PanacheEntityBase {

    static final String CURATED = "curated";

    @Id
    public String kind;

    @Id
    public String id;

    @Column(nullable = false)
    public String document;

    @Column(nullable = false)
    public String origin;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    public record Key(String kind, String id) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
