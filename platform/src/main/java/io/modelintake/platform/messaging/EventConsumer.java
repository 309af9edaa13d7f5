package io.modelintake.platform.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelintake.platform.inbox.Inbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Handles one incoming event the way every consumer must: parse, skip a redelivery (inbox), run the handler in
 * one transaction with the inbox row, retry a failure a few times, then nack so the connector's
 * dead-letter-queue strategy sends it to {@code <topic>.dlq} with the reason, and the service keeps consuming.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final ObjectMapper mapper;
    private final Inbox inbox;
    private final PlatformConfig config;

    public EventConsumer(ObjectMapper mapper, Inbox inbox, PlatformConfig config) {
        this.mapper = mapper;
        this.inbox = inbox;
        this.config = config;
    }

    /** Parses the payload as {@code type} and hands it to {@code handler}; a payload that does not parse is dead-lettered. */
    public <T> CompletionStage<Void> handle(Message<String> message, String consumer, Class<T> type, Consumer<T> handler) {
        return handleMessage(message, consumer, m -> handler.accept(parse(m.getPayload(), type)));
    }

    /** Hands the message itself to {@code handler}, for consumers that need its Kafka key or headers. */
    public CompletionStage<Void> handleMessage(Message<String> message, String consumer, Consumer<Message<String>> handler) {
        String eventId = eventId(message);
        Exception last = null;
        for (int attempt = 1; attempt <= config.consumer().attempts(); attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (inbox.firstDelivery(eventId, consumer)) {
                        handler.accept(message);
                    } else {
                        LOG.debugf("%s: event %s already processed, skipped", consumer, eventId);
                    }
                });
                return message.ack();
            } catch (Exception e) {
                last = e;
                LOG.warnf("%s: event %s failed (attempt %d of %d): %s", consumer, eventId, attempt,
                        config.consumer().attempts(), e.toString());
                pause();
            }
        }
        return message.nack(last);
    }

    private <T> T parse(String payload, Class<T> type) {
        try {
            return mapper.readValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("payload is not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The CloudEvent id; a message without one is identified by its place in the log. */
    static String eventId(Message<?> message) {
        return message.getMetadata(IncomingCloudEventMetadata.class)
                .map(IncomingCloudEventMetadata::getId)
                .or(() -> message.getMetadata(IncomingKafkaRecordMetadata.class)
                        .map(m -> m.getTopic() + "/" + m.getPartition() + "/" + m.getOffset()))
                .orElseThrow(() -> new IllegalArgumentException("message has neither a CloudEvent id nor a Kafka offset"));
    }

    private void pause() {
        try {
            Thread.sleep(config.consumer().backoff().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
