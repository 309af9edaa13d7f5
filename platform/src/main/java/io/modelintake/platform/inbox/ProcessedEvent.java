package io.modelintake.platform.inbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** An event a consumer has already handled; its presence makes a redelivery a no-op. */
@Entity
@Table(name = "processed_event")
@IdClass(ProcessedEvent.Key.class)
public class ProcessedEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Id
    public String consumer;

    @Column(name = "processed_at", nullable = false)
    public Instant processedAt;

    public record Key(String eventId, String consumer) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
