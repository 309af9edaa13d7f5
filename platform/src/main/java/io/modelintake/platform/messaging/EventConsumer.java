package io.modelintake.platform.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelintake.platform.inbox.Inbox;
import io.modelintake.platform.logging.LogContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Handles incoming events the way every consumer must (DESIGN.md, Reliability rules):
 * <ul>
 * <li>each event is first <em>prepared</em> outside any transaction (parsing, and I/O such as a Hub lookup);</li>
 * <li>then a whole batch is handled in ONE transaction with its inbox rows, so a redelivery is skipped and a
 * burst costs one commit per batch, not per event;</li>
 * <li>a transient failure ({@link Failures#isTransient}) is never a reason to dead-letter: the work is retried with
 * back-off until it succeeds, without acknowledging, so the place in the log is kept;</li>
 * <li>if the batch fails otherwise, its events are handled one by one, each in its own transaction under the same
 * rules, so that one poison event is dead-lettered and the rest go through;</li>
 * <li>an event that does not come from its topic's owner ({@link EventOrigin}) is never processed: it goes to
 * {@code <topic>.dlq} with the reason;</li>
 * <li>an event that is known never to heal (unparseable, {@link InvalidEventException}) goes to
 * {@code <topic>.dlq} at once; one that fails for a reason not known to be transient is tried
 * {@code modelintake.consumer.attempts} times first.</li>
 * </ul>
 * The batch is acknowledged only when every event in it is handled or stored as a dead letter. While one event is
 * prepared, handled or dead-lettered, its CloudEvent id and the request it is keyed by are in the MDC
 * ({@link LogContext}), and only then.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final ObjectMapper mapper;
    private final Inbox inbox;
    private final DeadLetterQueue deadLetters;
    private final ConsumerRetries retries;
    private final PlatformConfig config;
    private final Backoff backoff;
    private final EventOrigin origin = EventOrigin.standard();

    public EventConsumer(ObjectMapper mapper, Inbox inbox, DeadLetterQueue deadLetters, ConsumerRetries retries,
            PlatformConfig config) {
        this.mapper = mapper;
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.retries = retries;
        this.config = config;
        this.backoff = new Backoff(config.consumer().backoff(), config.consumer().maxBackoff());
    }

    /** A batch of {@code type} events, each handed to {@code handle} inside the batch's transaction. */
    public <E> CompletionStage<Void> handleBatch(Message<List<String>> batch, String consumer, Class<E> type,
            Consumer<E> handle) {
        return handleBatch(batch, consumer, type, Function.identity(), handle);
    }

    /**
     * A batch of {@code type} events: {@code prepare} runs per event outside any transaction (where I/O belongs),
     * {@code handle} gets what it prepared, inside the batch's transaction.
     */
    public <E, P> CompletionStage<Void> handleBatch(Message<List<String>> batch, String consumer, Class<E> type,
            Function<E, P> prepare, Consumer<P> handle) {
        return handleRecords(batch, consumer, record -> prepare.apply(parse(record.value(), type)), handle);
    }

    /** A batch of raw records, for consumers that need the Kafka key or headers (the dead letters). */
    public <P> CompletionStage<Void> handleRecords(Message<List<String>> batch, String consumer,
            Function<ConsumerRecord<String, String>, P> prepare, Consumer<P> handle) {
        @SuppressWarnings("unchecked")
        IncomingKafkaRecordBatchMetadata<String, String> metadata = batch.getMetadata(IncomingKafkaRecordBatchMetadata.class)
                .orElseThrow(() -> new IllegalArgumentException(consumer + ": not a Kafka batch (batch=true missing?)"));
        List<ConsumerRecord<String, String>> records = new ArrayList<>(metadata.count());
        metadata.getRecords().forEach(records::add);
        // Handlers lock the rows of their keys (e.g. the request): taking them in key order in every batch of every
        // consumer rules out deadlocks between batches. The sort is stable, so one key's events keep their order.
        records.sort(Comparator.comparing(r -> r.key() == null ? "" : r.key()));
        try {
            process(records, consumer, prepare, handle);
        } catch (ConsumerStopped e) {
            return batch.nack(e);
        }
        return batch.ack();
    }

    <P> void process(List<ConsumerRecord<String, String>> records, String consumer,
            Function<ConsumerRecord<String, String>, P> prepare, Consumer<P> handle) {
        List<Prepared<P>> ready = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            prepare(record, consumer, prepare).ifPresent(ready::add);
        }
        if (ready.size() == 1) {
            handleAlone(ready.get(0), consumer, handle);
            return;
        }
        for (int attempt = 1; !ready.isEmpty(); attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> handleAll(ready, consumer, handle));
                retries.recovered(consumer);
                return;
            } catch (RuntimeException e) {
                if (!Failures.isTransient(e)) {
                    LOG.infof("%s: a batch of %d failed (%s): handling its events one by one", consumer, ready.size(), e);
                    ready.forEach(event -> handleAlone(event, consumer, handle));
                    return;
                }
                pauseAfterTransient(consumer, "a batch of " + ready.size(), attempt, e);
            }
        }
    }

    /** Runs {@code prepare} until it succeeds; empty when the event went to the dead-letter topic instead. */
    private <P> Optional<Prepared<P>> prepare(ConsumerRecord<String, String> record, String consumer,
            Function<ConsumerRecord<String, String>, P> prepare) {
        String eventId = eventId(record);
        try (LogContext logged = LogContext.event(eventId, record.key())) {
            return prepareLogged(record, eventId, consumer, prepare);
        }
    }

    private <P> Optional<Prepared<P>> prepareLogged(ConsumerRecord<String, String> record, String eventId,
            String consumer, Function<ConsumerRecord<String, String>, P> prepare) {
        int failures = 0;
        for (int attempt = 1; ; attempt++) {
            try {
                // A dead letter keeps the failed event's headers; the dead-letter consumer judges its origin itself.
                if (!record.topic().endsWith(DeadLetterQueue.SUFFIX)) {
                    origin.require(record.topic(), record.headers());
                }
                return Optional.of(new Prepared<>(record, eventId, prepare.apply(record)));
            } catch (RuntimeException e) {
                if (Failures.isTransient(e)) {
                    pauseAfterTransient(consumer, "preparing event " + eventId, attempt, e);
                } else if (givesUp(record, consumer, e, ++failures)) {
                    return Optional.empty();
                }
            }
        }
    }

    /** One event in its own transaction, retried or dead-lettered by the rules. */
    private <P> void handleAlone(Prepared<P> event, String consumer, Consumer<P> handle) {
        try (LogContext logged = event.logContext()) {
            handleAloneLogged(event, consumer, handle);
        }
    }

    private <P> void handleAloneLogged(Prepared<P> event, String consumer, Consumer<P> handle) {
        int failures = 0;
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> handleAll(List.of(event), consumer, handle));
                retries.recovered(consumer);
                return;
            } catch (RuntimeException e) {
                if (Failures.isTransient(e)) {
                    pauseAfterTransient(consumer, "event " + event.eventId(), attempt, e);
                } else if (givesUp(event.record(), consumer, e, ++failures)) {
                    return;
                }
            }
        }
    }

    /** The batch's events this consumer has not handled before, in order; one inbox statement for all of them. */
    private <P> void handleAll(List<Prepared<P>> events, String consumer, Consumer<P> handle) {
        Set<String> first = inbox.firstDeliveries(events.stream().map(Prepared::eventId).toList(), consumer);
        for (Prepared<P> event : events) {
            // remove: an event delivered twice within the batch is handled once
            if (first.remove(event.eventId())) {
                try (LogContext logged = event.logContext()) {
                    handle.accept(event.value());
                }
            } else {
                LOG.debugf("%s: event %s already processed, skipped", consumer, event.eventId());
            }
        }
    }

    /** After {@code failures} non-transient failures: true when the event went to the dead-letter topic. */
    private boolean givesUp(ConsumerRecord<String, String> record, String consumer, RuntimeException failure, int failures) {
        if (Failures.isPermanent(failure) || failures >= config.consumer().attempts()) {
            deadLetters.send(record, consumer, failure);
            return true;
        }
        LOG.warnf("%s: %s/%d/%d failed (attempt %d of %d): %s", consumer, record.topic(), record.partition(),
                record.offset(), failures, config.consumer().attempts(), failure.toString());
        backoff.pause(failures);
        stopIfInterrupted(failure);
        return false;
    }

    private void pauseAfterTransient(String consumer, String what, int attempt, RuntimeException failure) {
        retries.retrying(consumer);
        LOG.warnf("%s: %s failed for a transient reason (attempt %d), retrying: %s", consumer, what, attempt,
                failure.toString());
        backoff.pause(attempt);
        stopIfInterrupted(failure);
    }

    /** The service is stopping: leave the batch unacknowledged, it is redelivered after the restart. */
    private static void stopIfInterrupted(RuntimeException failure) {
        if (Thread.currentThread().isInterrupted()) {
            throw new ConsumerStopped(failure);
        }
    }

    private <T> T parse(String payload, Class<T> type) {
        if (payload == null) {
            throw new InvalidEventException("the event has no payload, expected a " + type.getSimpleName());
        }
        try {
            return mapper.readValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("payload is not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The CloudEvent id ({@code ce_id}); a record without one is identified by its place in the log, and so is a
     * dead letter: it keeps the id of the event that failed, but each time that event fails is news.
     */
    static String eventId(ConsumerRecord<?, ?> record) {
        Header id = record.headers().lastHeader("ce_id");
        return id == null || id.value() == null || record.topic().endsWith(DeadLetterQueue.SUFFIX)
                ? record.topic() + "/" + record.partition() + "/" + record.offset()
                : new String(id.value(), StandardCharsets.UTF_8);
    }

    private record Prepared<P>(ConsumerRecord<String, String> record, String eventId, P value) {
        LogContext logContext() {
            return LogContext.event(eventId, record.key());
        }
    }

    private static final class ConsumerStopped extends RuntimeException {
        ConsumerStopped(Throwable cause) {
            super("consumer interrupted while retrying", cause);
        }
    }
}
