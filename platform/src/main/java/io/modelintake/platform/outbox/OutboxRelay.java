package io.modelintake.platform.outbox;

import io.modelintake.platform.messaging.PlatformConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * Relays unsent outbox rows to Kafka in id order and marks each sent once the broker acknowledged it
 * (at-least-once: a crash between the ack and the commit sends the event again, and consumers deduplicate).
 * Rows are locked with SKIP LOCKED so that several replicas share the work without sending a row twice.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final Emitter<String> emitter;
    private final EntityManager entityManager;
    private final PlatformConfig config;
    private final Clock clock;

    public OutboxRelay(@Channel("outbox") Emitter<String> emitter, EntityManager entityManager,
            PlatformConfig config, Clock clock) {
        this.emitter = emitter;
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${modelintake.outbox.poll-interval:0.2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayPending() {
        int sent;
        do {
            sent = QuarkusTransaction.requiringNew().call(this::relayBatch);
        } while (sent == config.outbox().batchSize());
    }

    /** Sends one batch and returns how many rows it marked sent; a failed send leaves the rest for later. */
    int relayBatch() {
        @SuppressWarnings("unchecked")
        List<OutboxEvent> batch = entityManager.createNativeQuery(
                        "select * from {h-schema}outbox_event where sent_at is null order by id limit :n for update skip locked",
                        OutboxEvent.class)
                .setParameter("n", config.outbox().batchSize())
                .getResultList();
        int sent = 0;
        for (OutboxEvent event : batch) {
            try {
                send(event).get(config.outbox().sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                LOG.warnf("outbox event %s to %s not sent yet: %s", event.eventId, event.topic, e.getMessage());
                break;
            }
            event.sentAt = Instant.now(clock);
            sent++;
        }
        return sent;
    }

    private CompletableFuture<Void> send(OutboxEvent event) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        Metadata metadata = Metadata.of(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(event.key).withTopic(event.topic).build(),
                OutgoingCloudEventMetadata.builder()
                        .withId(event.eventId.toString())
                        .withType(event.type)
                        .withSource(URI.create(config.eventSource()))
                        .withSubject(event.key)
                        .withTimestamp(event.createdAt.atZone(java.time.ZoneOffset.UTC))
                        .build());
        emitter.send(Message.of(event.payload, metadata,
                () -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        return acked;
    }
}
