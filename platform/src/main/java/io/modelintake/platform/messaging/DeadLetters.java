package io.modelintake.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * What {@link DeadLetterQueue} writes beside a failed event: the original key, the topic it came from and the
 * reason, in the headers {@code dead-letter-topic} and {@code dead-letter-reason}.
 */
public record DeadLetters(String key, String topic, String reason) {

    public static DeadLetters of(ConsumerRecord<String, String> letter) {
        return new DeadLetters(letter.key(),
                header(letter.headers(), DeadLetterQueue.TOPIC).orElse(letter.topic()),
                header(letter.headers(), DeadLetterQueue.REASON).orElse("unknown"));
    }

    static Optional<String> header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null
                ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }
}
