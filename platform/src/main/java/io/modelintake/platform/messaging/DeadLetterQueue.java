package io.modelintake.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Counter;
import io.modelintake.contracts.events.EventBus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.Logger;

/**
 * Sends an event that can never be processed to {@code <topic>.dlq}: the original key, value and headers (so the
 * CloudEvent id survives and a replay is deduplicated by the inbox) plus why, in the header names SmallRye's own
 * dead-letter strategy uses ({@link DeadLetters} reads them). A broker that is down is waited for, never skipped:
 * the caller acknowledges the original only once its dead letter is stored. Each one stored counts in
 * {@value #METRIC}, by the topic it failed on.
 */
@ApplicationScoped
public class DeadLetterQueue {

    public static final String SUFFIX = ".dlq";
    public static final String REASON = "dead-letter-reason";
    public static final String CAUSE = "dead-letter-cause";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";
    public static final String CONSUMER = "dead-letter-consumer";
    public static final String METRIC = "modelintake.dead.letters";

    private static final Logger LOG = Logger.getLogger(DeadLetterQueue.class);
    private static final Backoff BROKER_BACKOFF = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(10));

    private final EventProducer producer;
    private final MeterRegistry registry;
    private final PlatformConfig config;

    public DeadLetterQueue(EventProducer producer, MeterRegistry registry, PlatformConfig config) {
        this.producer = producer;
        this.registry = registry;
        this.config = config;
    }

    /** Exports the counter of every input topic at 0 from the start: a dashboard and an alert see it before a letter. */
    void exportCounters(@Observes StartupEvent start) {
        EventBus.standard().topics().stream()
                .filter(topic -> topic.readers().contains(config.serviceName()))
                .forEach(topic -> counter(topic.name()));
    }

    private Counter counter(String topic) {
        return Counter.builder(METRIC).description("Events that could never be processed, sent to the dead-letter topic")
                .tag("topic", topic).register(registry);
    }

    /** Blocks until the broker acknowledged the dead letter of {@code record}, failed by {@code consumer} with {@code failure}. */
    public void send(ConsumerRecord<?, String> record, String consumer, Throwable failure) {
        ProducerRecord<String, String> letter = letter(record, consumer, failure);
        for (int attempt = 1; ; attempt++) {
            try {
                producer.send(letter).get(30, TimeUnit.SECONDS);
                counter(record.topic()).increment();
                LOG.warnf("%s: %s/%d/%d dead-lettered to %s: %s", consumer, record.topic(), record.partition(),
                        record.offset(), letter.topic(), reason(failure));
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while storing a dead letter", e);
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                LOG.warnf("%s: dead letter of %s/%d/%d not stored yet (attempt %d): %s", consumer, record.topic(),
                        record.partition(), record.offset(), attempt, e.toString());
                BROKER_BACKOFF.pause(attempt);
                if (Thread.currentThread().isInterrupted()) {
                    throw new IllegalStateException("interrupted while storing a dead letter", e);
                }
            }
        }
    }

    static ProducerRecord<String, String> letter(ConsumerRecord<?, String> record, String consumer, Throwable failure) {
        Headers headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith("dead-letter-")) {
                headers.add(header);
            }
        }
        put(headers, REASON, reason(failure));
        put(headers, CAUSE, failure.getCause() == null ? failure.getClass().getName() : failure.getCause().toString());
        put(headers, TOPIC, record.topic());
        put(headers, PARTITION, Integer.toString(record.partition()));
        put(headers, OFFSET, Long.toString(record.offset()));
        put(headers, CONSUMER, consumer);
        Object key = record.key();
        String dlq = deadLetterTopic(record.topic());
        return new ProducerRecord<>(dlq, null, key == null ? null : key.toString(), record.value(), headers);
    }

    /** A topic's dead-letter topic; a replay topic's is its topic's, and a dead letter that fails stays where it is. */
    static String deadLetterTopic(String topic) {
        if (topic.endsWith(SUFFIX)) {
            return topic;
        }
        return EventBus.standard().topicOf(topic).map(EventBus.Topic::deadLetterTopic).orElse(topic + SUFFIX);
    }

    private static String reason(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getName() : failure.getMessage();
    }

    private static void put(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
