package io.modelintake.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.modelintake.platform.messaging.EventProducer;
import io.modelintake.platform.messaging.PlatformConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.Logger;

/**
 * Relays unsent outbox rows to Kafka in id order and marks them sent once the broker acknowledged them
 * (at-least-once: a crash between the ack and the commit sends them again, and consumers deduplicate).
 *
 * <p>A pass runs when a transaction that wrote to the outbox commits ({@link #wake()}), and on a slow poll as a
 * safety net (a wake-up lost to a crash, a send that failed). Passes run one at a time on the relay's own thread,
 * so events of one key leave in the order they were written; rows are locked with SKIP LOCKED so that several
 * replicas share the work without sending a row twice. A pass hands the broker the whole batch, then awaits
 * every acknowledgement, then marks the batch sent in one statement.
 */
@ApplicationScoped
public class OutboxRelay {

    static final String SPEC_VERSION = "1.0";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final EntityManager entityManager;
    private final EventProducer producer;
    private final PlatformConfig config;
    private final Clock clock;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
    private final AtomicBoolean passRequested = new AtomicBoolean();
    private final AtomicLong backlog = new AtomicLong();
    private final Timer latency;

    public OutboxRelay(EntityManager entityManager, EventProducer producer, PlatformConfig config, Clock clock,
            MeterRegistry registry) {
        this.entityManager = entityManager;
        this.producer = producer;
        this.config = config;
        this.clock = clock;
        this.latency = Timer.builder("modelintake.outbox.relay.latency")
                .description("From the commit of an outbox row to the broker's acknowledgement of its event")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
        Gauge.builder("modelintake.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox rows not yet sent, as of the last poll")
                .register(registry);
    }

    /** Asks for a relay pass soon; returns at once. Wake-ups while a pass is pending make one pass. */
    public void wake() {
        if (passRequested.compareAndSet(false, true)) {
            try {
                thread.execute(this::pass);
            } catch (RejectedExecutionException e) {
                passRequested.set(false); // shutting down: the next start's poll sends what is left
            }
        }
    }

    @Scheduled(every = "${modelintake.outbox.poll-interval:2s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        wake();
        try {
            thread.execute(this::countBacklog);
        } catch (RejectedExecutionException e) {
            // shutting down
        }
    }

    private void countBacklog() {
        try {
            backlog.set(QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                    .createNativeQuery("select count(*) from {h-schema}outbox_event where sent_at is null")
                    .getSingleResult()).longValue()));
        } catch (RuntimeException e) {
            LOG.debugf("outbox backlog not counted: %s", e);
        }
    }

    private void pass() {
        passRequested.set(false);
        try {
            int sent;
            do {
                sent = QuarkusTransaction.requiringNew().call(this::relayBatch);
            } while (sent == config.outbox().batchSize());
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay pass failed, the poll retries: %s", e.toString());
        }
    }

    /** Sends one batch and returns how many rows it marked sent; a failed send leaves it and the rest for later. */
    int relayBatch() {
        @SuppressWarnings("unchecked")
        List<OutboxEvent> batch = entityManager.createNativeQuery(
                        "select * from {h-schema}outbox_event where sent_at is null order by id limit :n for update skip locked",
                        OutboxEvent.class)
                .setParameter("n", config.outbox().batchSize())
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<?>> acks = new ArrayList<>(batch.size());
        for (OutboxEvent event : batch) {
            acks.add(producer.send(record(event, config.eventSource())));
        }
        long deadline = System.nanoTime() + config.outbox().sendTimeout().toNanos();
        List<Long> sent = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            OutboxEvent event = batch.get(i);
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                // Later rows may be on the broker already: they are sent again with this one, and deduplicated.
                LOG.warnf("outbox event %s to %s not sent yet: %s", event.eventId, event.topic, e.toString());
                break;
            }
            sent.add(event.id);
            latency.record(Duration.between(event.createdAt, Instant.now(clock)));
        }
        if (!sent.isEmpty()) {
            entityManager.createNativeQuery("update {h-schema}outbox_event set sent_at = :at where id in (:ids)")
                    .setParameter("at", Instant.now(clock))
                    .setParameter("ids", sent)
                    .executeUpdate();
        }
        return sent.size() == batch.size() ? sent.size() : 0;
    }

    /** The event as a binary-mode CloudEvent: the envelope in {@code ce_*} headers, the payload as the value. */
    static ProducerRecord<String, String> record(OutboxEvent event, String source) {
        Headers headers = new RecordHeaders();
        header(headers, "ce_specversion", SPEC_VERSION);
        header(headers, "ce_id", event.eventId.toString());
        header(headers, "ce_type", event.type);
        header(headers, "ce_source", source);
        header(headers, "ce_subject", event.key);
        header(headers, "ce_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.createdAt.atOffset(ZoneOffset.UTC)));
        header(headers, "content-type", "application/json");
        return new ProducerRecord<>(event.topic, null, event.key, event.payload, headers);
    }

    private static void header(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @PreDestroy
    void stop() {
        thread.shutdown();
        try {
            thread.awaitTermination(config.outbox().sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
