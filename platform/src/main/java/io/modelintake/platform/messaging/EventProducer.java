package io.modelintake.platform.messaging;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The one Kafka producer of a service: the outbox relay, the dead-letter queue and dead-letter replays send through
 * it. A plain producer rather than a SmallRye emitter, so that a relay pass can hand the broker a whole batch and
 * then await every acknowledgement (an emitter's buffer would refuse a large batch, and one blocking send per
 * event is what made each hop slow). Idempotent with acks=all: retries inside the client keep the order per
 * partition.
 */
@ApplicationScoped
public class EventProducer {

    private final Producer<String, String> producer;

    public EventProducer(BusConnection bus, PlatformConfig config) {
        Properties properties = bus.properties();
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, config.serviceName() + "-events");
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        // A relay pass sends at once; a millisecond lets its events share requests to the broker.
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "1");
        // The client gives up on a record after the send timeout (Kafka wants delivery >= linger + request).
        long deliveryMillis = Math.max(config.outbox().sendTimeout().toMillis(), 1_000);
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(deliveryMillis));
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(deliveryMillis / 2));
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(deliveryMillis));
        this.producer = new KafkaProducer<>(properties);
    }

    /** Hands the record to the client; the future completes when the broker acknowledged it, or failed. */
    public CompletableFuture<RecordMetadata> send(ProducerRecord<String, String> record) {
        CompletableFuture<RecordMetadata> acked = new CompletableFuture<>();
        try {
            producer.send(record, (metadata, failure) -> {
                if (failure == null) {
                    acked.complete(metadata);
                } else {
                    acked.completeExceptionally(failure);
                }
            });
        } catch (RuntimeException e) {
            acked.completeExceptionally(e);
        }
        return acked;
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
