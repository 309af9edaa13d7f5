package io.modelintake.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.modelintake.platform.messaging.EventProducer;
import io.modelintake.platform.messaging.PlatformConfig;
import io.modelintake.platform.persistence.ServiceTables;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
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

    private final DataSource dataSource;
    private final EventProducer producer;
    private final PlatformConfig config;
    private final Clock clock;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
    private final AtomicBoolean passRequested = new AtomicBoolean();
    private final AtomicLong backlog = new AtomicLong();
    private final Timer latency;

    private final String select;
    private final String markSent;
    private final String countUnsent;

    public OutboxRelay(DataSource dataSource, EventProducer producer, PlatformConfig config, Clock clock,
            MeterRegistry registry, ServiceTables tables) {
        this.dataSource = dataSource;
        String table = tables.table("outbox_event");
        this.select = "select id, event_id, topic, type, message_key, payload, created_at from " + table
                + " where sent_at is null order by id limit ? for update skip locked";
        this.markSent = "update " + table + " set sent_at = ? where id = any(?)";
        this.countUnsent = "select count(*) from " + table + " where sent_at is null";
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
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(countUnsent);
                ResultSet rows = count.executeQuery()) {
            rows.next();
            backlog.set(rows.getLong(1));
        } catch (SQLException e) {
            LOG.debugf("outbox backlog not counted: %s", e);
        }
    }

    private void pass() {
        passRequested.set(false);
        try {
            int sent;
            do {
                sent = relayBatch();
            } while (sent == config.outbox().batchSize());
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("outbox relay pass failed, the poll retries: %s", e.toString());
        }
    }

    /**
     * Sends one batch and returns how many rows it marked sent; a failed send leaves it and the rest for later.
     * Plain JDBC in a local transaction of its own: the relay shares nothing with a caller's transaction.
     */
    int relayBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int sent = relayBatch(connection);
                connection.commit();
                return sent;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private int relayBatch(Connection connection) throws SQLException {
        List<Row> batch = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(select)) {
            statement.setInt(1, config.outbox().batchSize());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    batch.add(new Row(rows.getLong(1), rows.getObject(2, UUID.class), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6), rows.getTimestamp(7).toInstant()));
                }
            }
        }
        if (batch.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<?>> acks = new ArrayList<>(batch.size());
        for (Row row : batch) {
            acks.add(producer.send(record(row, config.eventSource())));
        }
        long deadline = System.nanoTime() + config.outbox().sendTimeout().toNanos();
        List<Long> sent = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Row row = batch.get(i);
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                // Later rows may be on the broker already: they are sent again with this one, and deduplicated.
                LOG.warnf("outbox event %s to %s not sent yet: %s", row.eventId(), row.topic(), e.toString());
                break;
            }
            sent.add(row.id());
            latency.record(Duration.between(row.createdAt(), Instant.now(clock)));
        }
        if (!sent.isEmpty()) {
            try (PreparedStatement update = connection.prepareStatement(markSent)) {
                update.setTimestamp(1, Timestamp.from(Instant.now(clock)));
                update.setArray(2, connection.createArrayOf("bigint", sent.toArray()));
                update.executeUpdate();
            }
        }
        return sent.size() == batch.size() ? sent.size() : 0;
    }

    /** An unsent outbox row. */
    record Row(long id, UUID eventId, String topic, String type, String key, String payload, Instant createdAt) {
    }

    /** The event as a binary-mode CloudEvent: the envelope in {@code ce_*} headers, the payload as the value. */
    static ProducerRecord<String, String> record(Row event, String source) {
        Headers headers = new RecordHeaders();
        header(headers, "ce_specversion", SPEC_VERSION);
        header(headers, "ce_id", event.eventId().toString());
        header(headers, "ce_type", event.type());
        header(headers, "ce_source", source);
        header(headers, "ce_subject", event.key());
        header(headers, "ce_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.createdAt().atOffset(ZoneOffset.UTC)));
        header(headers, "content-type", "application/json");
        return new ProducerRecord<>(event.topic(), null, event.key(), event.payload(), headers);
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
