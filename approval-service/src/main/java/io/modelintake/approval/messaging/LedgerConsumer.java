package io.modelintake.approval.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.modelintake.approval.audit.Ledger;
import io.modelintake.approval.audit.LedgerBatch;
import io.modelintake.approval.audit.LedgerDeadLetter;
import io.modelintake.approval.ledger.RecordContract;
import io.modelintake.contracts.DecisionRecord;
import io.modelintake.platform.messaging.Backoff;
import io.modelintake.platform.messaging.DeadLetterQueue;
import io.modelintake.platform.messaging.EventOrigin;
import io.modelintake.platform.messaging.Failures;
import io.modelintake.platform.messaging.InvalidEventException;
import io.modelintake.platform.messaging.PlatformConfig;
import io.quarkus.runtime.Startup;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * The ledger's one ordered writer: takes every service's decision records a Kafka batch at a time (one batch at a
 * time per instance) and appends all new ones of a batch in one transaction. A transient failure is retried,
 * backing off, until the batch is stored; only a record that can never be appended goes to
 * {@code audit.decision.recorded.dlq}, alone, counted by {@code modelintake.ledger.dead.letters} and kept
 * unresolved (the {@code audit-ledger} health check DOWN) until it is appended after a fix. How long a record
 * took from its decision to the ledger is {@value #LAG_METRIC}; how many wait on the bus is Kafka's consumer lag.
 */
@ApplicationScoped
@Startup // so that the dead-letter counter is exported, at 0, before the first batch
public class LedgerConsumer {

    static final String CONSUMER = "approval.ledger";
    public static final String DEAD_LETTERS_METRIC = "modelintake.ledger.dead.letters";
    public static final String LAG_METRIC = "modelintake.ledger.lag";

    private static final Logger LOG = Logger.getLogger(LedgerConsumer.class);

    private final Ledger ledger;
    private final RecordContract contract;
    private final DeadLetterQueue deadLetterQueue;
    private final PlatformConfig config;
    private final Backoff backoff;
    private final Counter deadLetters;
    private final Timer lag;
    private final Clock clock;

    public LedgerConsumer(Ledger ledger, ObjectMapper mapper, DeadLetterQueue deadLetterQueue, PlatformConfig config,
            MeterRegistry registry, Clock clock) {
        this.ledger = ledger;
        this.contract = new RecordContract(mapper);
        this.deadLetterQueue = deadLetterQueue;
        this.config = config;
        this.backoff = new Backoff(config.consumer().backoff(), config.consumer().maxBackoff());
        this.deadLetters = Counter.builder(DEAD_LETTERS_METRIC)
                .description("Decision records sent to the dead-letter topic instead of the ledger")
                .register(registry);
        this.lag = Timer.builder(LAG_METRIC)
                .description("From a decision (its record's time) to its record's arrival in the ledger")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
        this.clock = clock;
    }

    @Incoming("decisions-recorded")
    @Blocking
    public CompletionStage<Void> decisionsRecorded(Message<List<String>> batch) {
        @SuppressWarnings("unchecked")
        IncomingKafkaRecordBatchMetadata<String, String> metadata = batch.getMetadata(IncomingKafkaRecordBatchMetadata.class)
                .orElseThrow(() -> new IllegalStateException("decisions-recorded must be a Kafka batch channel"));
        List<Delivery> deliveries = new ArrayList<>();
        List<LedgerDeadLetter> letters = new ArrayList<>();
        for (ConsumerRecord<String, String> record : metadata.getRecords()) {
            try {
                EventOrigin.standard().require(record.topic(), record.headers());
                deliveries.add(new Delivery(record, contract.check(record.value())));
            } catch (InvalidEventException e) {
                letters.add(deadLetter(record, e));
            }
        }
        store(deliveries, letters);
        return batch.ack();
    }

    /** Appends {@code deliveries} and stores {@code letters} in one transaction, trying until it succeeds. */
    private void store(List<Delivery> deliveries, List<LedgerDeadLetter> letters) {
        LedgerBatch batch = new LedgerBatch(deliveries.stream().map(Delivery::record).toList(),
                deliveries.stream().flatMap(d -> d.eventId().stream()).toList(), letters);
        for (int attempt = 1; ; attempt++) {
            try {
                int added = ledger.append(batch);
                LOG.debugf("%s: %d of %d records appended", CONSUMER, added, deliveries.size());
                deliveries.forEach(delivery -> lag.record(Duration.between(delivery.record().at(), clock.instant())));
                return;
            } catch (RuntimeException e) {
                if (!Failures.isTransient(e) && attempt >= config.consumer().attempts() && !deliveries.isEmpty()) {
                    isolate(deliveries, letters, e);
                    return;
                }
                LOG.warnf("%s: appending %d records failed (attempt %d), retrying: %s", CONSUMER, deliveries.size(),
                        attempt, e.toString());
                backoff.pause(attempt);
                if (Thread.currentThread().isInterrupted()) {
                    // Not acknowledged: the batch is delivered again after the restart.
                    throw new IllegalStateException("interrupted while appending to the ledger", e);
                }
            }
        }
    }

    /**
     * A failure not known to be transient that outlasted every attempt: appends the records one by one, in order,
     * so that only the record that causes it is dead-lettered and the rest reach the ledger.
     */
    private void isolate(List<Delivery> deliveries, List<LedgerDeadLetter> letters, RuntimeException failure) {
        if (deliveries.size() == 1) {
            Delivery delivery = deliveries.get(0);
            LOG.errorf(failure, "%s: record %s cannot be appended", CONSUMER, delivery.record().id());
            List<LedgerDeadLetter> all = new ArrayList<>(letters);
            all.add(deadLetter(delivery.source(), failure));
            store(List.of(), all);
            return;
        }
        store(List.of(deliveries.get(0)), letters);
        for (Delivery delivery : deliveries.subList(1, deliveries.size())) {
            store(List.of(delivery), List.of());
        }
    }

    /** Sends {@code record} to the dead-letter topic (waiting for the broker) and counts it. */
    private LedgerDeadLetter deadLetter(ConsumerRecord<String, String> record, RuntimeException failure) {
        deadLetterQueue.send(record, CONSUMER, failure);
        deadLetters.increment();
        String reason = failure.getMessage() == null ? failure.getClass().getName() : failure.getMessage();
        return new LedgerDeadLetter(contract.recordId(record.value()), eventId(record), record.topic(),
                record.partition(), record.offset(), reason, clock.instant());
    }

    /** The CloudEvent id (binary mode: the {@code ce_id} header); it survives a dead letter and its replay. */
    private static Optional<String> eventId(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader("ce_id");
        return header == null || header.value() == null
                ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    private record Delivery(ConsumerRecord<String, String> source, DecisionRecord record) {

        Optional<String> eventId() {
            return LedgerConsumer.eventId(source);
        }
    }
}
