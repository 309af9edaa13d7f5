package io.modelintake.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import io.modelintake.contracts.events.EventBus;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces and reads events the way the services do (CloudEvents in Kafka binary mode: {@code ce_*} headers,
 * keyed by request id), so that tests can deliver an event twice, send a poison message or watch a topic.
 * It reads as the bus's super user ({@link BusAccess#ADMIN}); it writes as that user too, with the source of the
 * topic's owner, unless made {@link #as} a service or an {@link #outsider}.
 */
public final class CloudEventsClient implements AutoCloseable {

    /** How long a send waits for a broker that does not answer (or refuses the handshake). */
    private static final String MAX_BLOCK_MS = "10000";

    private final String bootstrapServers;
    private final KafkaProducer<String, String> producer;
    private final Optional<String> source;

    /** As the test harness: each event carries the source of its topic's first owner, as that owner would send it. */
    public CloudEventsClient(String bootstrapServers) {
        this(bootstrapServers, BusAccess.clientProperties(bootstrapServers, BusAccess.ADMIN), Optional.empty());
    }

    private CloudEventsClient(String bootstrapServers, Map<String, Object> connection, Optional<String> source) {
        this.bootstrapServers = bootstrapServers;
        this.source = source;
        Properties props = new Properties();
        props.putAll(connection);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, MAX_BLOCK_MS);
        this.producer = new KafkaProducer<>(props);
    }

    /** Logged in as the bus user {@code user} (its local password), every event claiming to come from {@code source}. */
    public static CloudEventsClient as(String bootstrapServers, String user, String source) {
        return new CloudEventsClient(bootstrapServers, BusAccess.clientProperties(bootstrapServers, user), Optional.of(source));
    }

    /** Without credentials, as any process that reaches the broker would try, claiming {@code source}. */
    public static CloudEventsClient outsider(String bootstrapServers, String source) {
        return new CloudEventsClient(bootstrapServers, Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                Optional.of(source));
    }

    /** Sends one CloudEvent and waits for the broker's acknowledgement; a refusal fails with the broker's reason. */
    public void send(String topic, String key, String eventId, String type, String json) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
        record.headers()
                .add("ce_specversion", bytes("1.0"))
                .add("ce_id", bytes(eventId))
                .add("ce_type", bytes(type))
                .add("ce_source", bytes(source.orElseGet(() -> ownerSource(topic))))
                .add("content-type", bytes("application/json"));
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    /** The source of the topic's (or its dead-letter topic's) first owner; a topic off the bus gets a test source. */
    private static String ownerSource(String topic) {
        EventBus bus = EventBus.standard();
        return bus.topicOf(topic).map(t -> bus.sourcesOf(t).iterator().next()).orElse("urn:modelintake:test");
    }

    /** A new random CloudEvent id. */
    public static String newEventId() {
        return UUID.randomUUID().toString();
    }

    /** Reads the topic from its beginning until a record matches or the timeout passes; returns every match. */
    public List<Event> await(String topic, Predicate<Event> matches, int atLeast, Duration timeout) {
        Properties props = new Properties();
        props.putAll(BusAccess.clientProperties(bootstrapServers, BusAccess.ADMIN));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<Event> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline) && found.size() < atLeast) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    Event event = Event.of(record);
                    if (matches.test(event)) {
                        found.add(event);
                    }
                }
            }
        }
        return found;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** One record as the tests see it: key, value and headers as strings. */
    public record Event(String topic, String key, String value, Map<String, String> headers) {

        static Event of(ConsumerRecord<String, String> record) {
            Map<String, String> headers = new java.util.LinkedHashMap<>();
            for (Header header : record.headers()) {
                headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
            }
            return new Event(record.topic(), record.key(), record.value(), headers);
        }

        public String header(String name) {
            return headers.get(name);
        }
    }
}
