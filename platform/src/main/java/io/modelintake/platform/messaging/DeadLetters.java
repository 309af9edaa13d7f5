package io.modelintake.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * What {@link DeadLetterQueue} writes beside a failed event: the original key, the topic it came from and the
 * reason, in the headers {@code dead-letter-topic} and {@code dead-letter-reason}; and whether the failed event came
 * from its topic's owner at all ({@link EventOrigin}). A forged event says nothing about the request it names.
 */
public record DeadLetters(String key, String topic, String reason, boolean fromTopicOwner) {

    public static DeadLetters of(ConsumerRecord<String, String> letter) {
        String topic = header(letter.headers(), DeadLetterQueue.TOPIC).orElse(letter.topic());
        return new DeadLetters(letter.key(), topic,
                header(letter.headers(), DeadLetterQueue.REASON).orElse("unknown"),
                EventOrigin.standard().problem(topic, letter.headers()).isEmpty());
    }

    static Optional<String> header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null
                ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }
}
