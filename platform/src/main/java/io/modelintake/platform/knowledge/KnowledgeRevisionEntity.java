package io.modelintake.platform.knowledge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of the knowledge: a bundle seeded or an entry curated. */
@Entity
@Table(name = "knowledge_revision")
public class KnowledgeRevisionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long revision;

    @Column(nullable = false)
    public String kind;

    @Column(name = "entry_id")
    public String entryId;

    @Column(nullable = false)
    public String change;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public Instant at;
}
