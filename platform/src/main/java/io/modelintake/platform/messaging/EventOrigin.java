package io.modelintake.platform.messaging;

import io.modelintake.contracts.events.EventBus;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Whether an event comes from its topic's owner (DESIGN.md, Security rules), as {@code event-bus.yaml} defines
 * it: it must carry the topic's CloudEvent type and the source of one of the topic's owners. The brokers' ACLs
 * keep every other service off a topic; this keeps a service that may write a topic (every service records
 * decisions) from speaking for another. An event of a dead-letter topic is judged by the topic it came from.
 */
public final class EventOrigin {

    private static final EventOrigin STANDARD = new EventOrigin(EventBus.standard());

    private final EventBus bus;

    EventOrigin(EventBus bus) {
        this.bus = bus;
    }

    /** The bus of {@code event-bus.yaml}. */
    public static EventOrigin standard() {
        return STANDARD;
    }

    /** Empty when the event on {@code topic} has its type and an owner's source; otherwise why it is refused. */
    public Optional<String> problem(String topic, Headers headers) {
        Optional<EventBus.Topic> known = bus.topicOf(topic);
        if (known.isEmpty()) {
            return Optional.of("topic " + topic + " is not on the event bus (event-bus.yaml)");
        }
        EventBus.Topic owned = known.get();
        String type = header(headers, "ce_type");
        String source = header(headers, "ce_source");
        if (owned.type().equals(type) && bus.sourcesOf(owned).contains(source)) {
            return Optional.empty();
        }
        return Optional.of("not from the owner of " + owned.name() + ": it takes " + owned.type() + " from "
                + String.join(" or ", bus.sourcesOf(owned)) + ", this event is " + type + " from " + source);
    }

    /** Refuses, as never processable, an event that does not come from its topic's owner. */
    public void require(String topic, Headers headers) {
        problem(topic, headers).ifPresent(reason -> {
            throw new InvalidEventException(reason);
        });
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
