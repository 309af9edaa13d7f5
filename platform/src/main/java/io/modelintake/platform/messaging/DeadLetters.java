package io.modelintake.platform.messaging;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * What SmallRye's dead-letter-queue strategy writes beside a failed message: the original key, the topic it
 * came from and the reason, in the headers {@code dead-letter-topic} and {@code dead-letter-reason}.
 */
public record DeadLetters(String key, String topic, String reason) {

    public static DeadLetters of(Message<?> message) {
        IncomingKafkaRecordMetadata<?, ?> metadata = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new IllegalArgumentException("not a Kafka message"));
        Object key = metadata.getKey();
        return new DeadLetters(key == null ? null : key.toString(),
                header(metadata, "dead-letter-topic").orElse(metadata.getTopic()),
                header(metadata, "dead-letter-reason").orElse("unknown"));
    }

    private static Optional<String> header(IncomingKafkaRecordMetadata<?, ?> metadata, String name) {
        Header header = metadata.getHeaders().lastHeader(name);
        return header == null || header.value() == null
                ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }
}
