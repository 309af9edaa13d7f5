package io.modelintake.platform.deadletter;

import io.modelintake.contracts.DecisionRecord;
import io.modelintake.contracts.events.EventBus;
import io.modelintake.contracts.events.Topics;
import io.modelintake.platform.audit.DecisionRecorder;
import io.modelintake.platform.messaging.BusConnection;
import io.modelintake.platform.messaging.DeadLetterQueue;
import io.modelintake.platform.messaging.EventProducer;
import io.modelintake.platform.messaging.PlatformConfig;
import io.modelintake.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.Config;

/**
 * Lists the dead letters of the topics this service consumes and replays them after a fix: the original key,
 * value and CloudEvent headers go to this service's replay topic of the original topic
 * ({@code <topic>.replay.<service>}, which its channel reads beside the topic: a service may not write a topic it
 * does not own), so the consumer's inbox still recognises an event it already processed (a replay is processed at
 * most once, however often it is replayed). Each replay is kept in {@code dead_letter_replay} and recorded as a
 * {@link DecisionRecord.Step#DEAD_LETTER_REPLAY} decision.
 *
 * <p>Dead-letter topics are read with a short-lived consumer without a group, from the beginning to the end
 * offsets as of the call, so listing changes no committed offset.
 */
@ApplicationScoped
public class DeadLetterRepair {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(15);

    private final BusConnection bus;
    private final SortedSet<String> topics;
    private final EventProducer producer;
    private final DecisionRecorder recorder;
    private final EntityManager entityManager;
    private final PlatformConfig config;
    private final Clock clock;

    public DeadLetterRepair(BusConnection bus, Config mpConfig,
            EventProducer producer, DecisionRecorder recorder, EntityManager entityManager, PlatformConfig config,
            Clock clock) {
        this.bus = bus;
        this.topics = deadLetterTopics(mpConfig);
        this.producer = producer;
        this.recorder = recorder;
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    /** The {@code <topic>.dlq} of every topic an incoming channel of this service reads. */
    static SortedSet<String> deadLetterTopics(Config mpConfig) {
        SortedSet<String> topics = new TreeSet<>();
        for (String name : mpConfig.getPropertyNames()) {
            if (name.startsWith("mp.messaging.incoming.") && (name.endsWith(".topic") || name.endsWith(".topics"))) {
                for (String topic : mpConfig.getValue(name, String.class).split(",")) {
                    if (!topic.isBlank() && !topic.trim().endsWith(DeadLetterQueue.SUFFIX)
                            && !topic.contains(Topics.REPLAY_INFIX)) {
                        topics.add(topic.trim() + DeadLetterQueue.SUFFIX);
                    }
                }
            }
        }
        return topics;
    }

    public SortedSet<String> topics() {
        return topics;
    }

    /** Every dead letter of {@code dlqTopic}, oldest first. */
    public List<DeadLetter> list(String dlqTopic) {
        requireOwn(dlqTopic);
        Map<String, DeadLetter.Replay> replays = replays(dlqTopic);
        List<DeadLetter> letters = new ArrayList<>();
        for (ConsumerRecord<String, String> record : read(dlqTopic, r -> true)) {
            letters.add(view(record, replays.get(position(record.partition(), record.offset()))));
        }
        return letters;
    }

    /** Re-publishes one dead letter to this service's replay topic of its original topic and records the replay. */
    public DeadLetter replay(String dlqTopic, int partition, long offset, String actor) {
        requireOwn(dlqTopic);
        ConsumerRecord<String, String> record = read(dlqTopic, r -> r.partition() == partition && r.offset() == offset)
                .stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("no dead letter at " + dlqTopic + "/" + partition + "/" + offset));
        return replay(record, actor);
    }

    /** Replays every dead letter of {@code dlqTopic} not replayed yet, oldest first. */
    public List<DeadLetter> replayAll(String dlqTopic, String actor) {
        requireOwn(dlqTopic);
        Map<String, DeadLetter.Replay> replays = replays(dlqTopic);
        List<DeadLetter> replayed = new ArrayList<>();
        for (ConsumerRecord<String, String> record : read(dlqTopic, r -> true)) {
            if (!replays.containsKey(position(record.partition(), record.offset()))) {
                replayed.add(replay(record, actor));
            }
        }
        return replayed;
    }

    private DeadLetter replay(ConsumerRecord<String, String> record, String actor) {
        String original = header(record.headers(), DeadLetterQueue.TOPIC).orElseThrow(() -> new ProblemException(409,
                "Conflict", "the dead letter names no original topic (header " + DeadLetterQueue.TOPIC + ")"));
        String target = EventBus.standard().topicOf(original).map(topic -> topic.replayTopic(config.serviceName()))
                .orElseThrow(() -> new ProblemException(409, "Conflict", "the dead letter's topic " + original
                        + " is not on the event bus"));
        Headers headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith("dead-letter-")) {
                headers.add(header);
            }
        }
        try {
            producer.send(new ProducerRecord<>(target, null, record.key(), record.value(), headers))
                    .get(config.outbox().sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(503, "Service Unavailable", "interrupted while replaying");
        } catch (Exception e) {
            throw new ProblemException(503, "Service Unavailable", "Kafka did not take the replay: " + e.getMessage());
        }
        Instant at = Instant.now(clock);
        String eventId = header(record.headers(), "ce_id").orElse(null);
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("insert into {h-schema}dead_letter_replay"
                            + " (dlq_topic, dlq_partition, dlq_offset, event_id, replayed_by, replayed_at)"
                            + " values (:topic, :partition, :offset, :eventId, :by, :at)"
                            + " on conflict (dlq_topic, dlq_partition, dlq_offset)"
                            + " do update set replayed_by = excluded.replayed_by, replayed_at = excluded.replayed_at")
                    .setParameter("topic", record.topic())
                    .setParameter("partition", record.partition())
                    .setParameter("offset", record.offset())
                    .setParameter("eventId", eventId)
                    .setParameter("by", actor)
                    .setParameter("at", at)
                    .executeUpdate();
            recorder.record(requestId(record.key()), DecisionRecord.Step.DEAD_LETTER_REPLAY, actor, "REPLAYED",
                    List.of("DEAD_LETTER:" + record.topic() + "/" + record.partition() + "/" + record.offset(),
                            "TO:" + target),
                    Map.of("dlqTopic", record.topic(), "partition", record.partition(), "offset", record.offset(),
                            "eventId", eventId == null ? "" : eventId),
                    DecisionRecord.NO_KNOWLEDGE);
        });
        return view(record, new DeadLetter.Replay(actor, at));
    }

    private void requireOwn(String dlqTopic) {
        if (!topics.contains(dlqTopic)) {
            throw ProblemException.notFound("'" + dlqTopic + "' is not a dead-letter topic of " + config.serviceName()
                    + "; its topics are " + String.join(", ", topics));
        }
    }

    private Map<String, DeadLetter.Replay> replays(String dlqTopic) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select dlq_partition, dlq_offset, replayed_by, replayed_at from {h-schema}dead_letter_replay"
                                + " where dlq_topic = :topic")
                .setParameter("topic", dlqTopic)
                .getResultList());
        Map<String, DeadLetter.Replay> replays = new HashMap<>();
        for (Object[] row : rows) {
            replays.put(position(((Number) row[0]).intValue(), ((Number) row[1]).longValue()),
                    new DeadLetter.Replay((String) row[2], toInstant(row[3])));
        }
        return replays;
    }

    /** The records of {@code topic} from the beginning to the end offsets as of now that match {@code wanted}. */
    private List<ConsumerRecord<String, String>> read(String topic, Predicate<ConsumerRecord<String, String>> wanted) {
        Properties properties = bus.properties();
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, config.serviceName() + "-dead-letters");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, READ_TIMEOUT);
            if (partitions == null || partitions.isEmpty()) {
                return records; // nothing was ever dead-lettered there
            }
            List<TopicPartition> assigned = partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned, READ_TIMEOUT);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (!reached(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new ProblemException(503, "Service Unavailable", "Kafka did not deliver " + topic + " in time");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition())) && wanted.test(record)) {
                        records.add(record);
                    }
                }
            }
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            throw new ProblemException(503, "Service Unavailable", "Kafka is not reachable: " + e.getMessage());
        }
        records.sort((a, b) -> Long.compare(a.timestamp(), b.timestamp()));
        return records;
    }

    private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static DeadLetter view(ConsumerRecord<String, String> record, DeadLetter.Replay replay) {
        Headers headers = record.headers();
        return new DeadLetter(record.topic(), record.partition(), record.offset(), record.key(),
                header(headers, "ce_id").orElse(null),
                header(headers, "ce_type").orElse(null),
                header(headers, DeadLetterQueue.REASON).orElse(null),
                header(headers, DeadLetterQueue.CAUSE).orElse(null),
                header(headers, DeadLetterQueue.CONSUMER).orElse(null),
                header(headers, DeadLetterQueue.TOPIC).orElse(null),
                header(headers, DeadLetterQueue.PARTITION).map(Integer::valueOf).orElse(null),
                header(headers, DeadLetterQueue.OFFSET).map(Long::valueOf).orElse(null),
                Instant.ofEpochMilli(record.timestamp()),
                replay);
    }

    private static Optional<String> header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null
                ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    private static String position(int partition, long offset) {
        return partition + "/" + offset;
    }

    private static UUID requestId(String key) {
        try {
            return key == null ? null : UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
