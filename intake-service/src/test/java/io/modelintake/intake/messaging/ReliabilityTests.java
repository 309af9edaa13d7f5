package io.modelintake.intake.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.modelintake.contracts.RequestStatus;
import io.modelintake.contracts.events.Topics;
import io.modelintake.intake.persistence.ModelRequestEntity;
import io.modelintake.intake.persistence.TimelineEntryEntity;
import io.modelintake.intake.SampleRequests;
import io.modelintake.intake.service.RequestRegistration;
import io.micrometer.core.instrument.MeterRegistry;
import io.modelintake.platform.inbox.ProcessedEvent;
import io.modelintake.contracts.events.LicenseResolved;
import io.modelintake.intake.service.RequestProgress;
import io.modelintake.platform.messaging.DeadLetterQueue;
import io.modelintake.platform.messaging.EventConsumer;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import io.modelintake.platform.outbox.OutboxEvent;
import io.modelintake.platform.retention.RetentionPurge;
import io.agroal.api.AgroalDataSource;
import io.modelintake.testsupport.CloudEventsClient;
import io.modelintake.testsupport.KafkaTestResource;
import io.modelintake.testsupport.KeycloakTestResource;
import io.modelintake.testsupport.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox, the idempotent batch consumers, the dead-letter path and its repair, each shown to matter. The test
 * profile polls the outbox only once a minute and lets a lock wait fail after 500 ms (application.properties), so
 * that a relay that waits for its poll, or a lock timeout dead-lettered as if it were poison, fails a test here.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class ReliabilityTests {

    private static final String DLQ = Topics.LICENSE_RESOLVED + Topics.DLQ_SUFFIX;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    RequestRegistration registration;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry metrics;

    @Inject
    DeadLetterQueue deadLetterQueue;

    @Inject
    RetentionPurge purge;

    @Inject
    EventConsumer events;

    @Inject
    RequestProgress progress;

    CloudEventsClient kafka;

    @BeforeEach
    void connect() {
        kafka = new CloudEventsClient(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void aRegisteredRequestReachesKafkaAsACloudEventKeyedByItsId() {
        UUID id = submit();
        List<CloudEventsClient.Event> events = kafka.await(Topics.REQUEST_REGISTERED, e -> id.toString().equals(e.key()), 1,
                Duration.ofSeconds(20));
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.header("ce_type")).isEqualTo(Topics.TYPE_REQUEST_REGISTERED);
            assertThat(event.header("ce_source")).isEqualTo("urn:modelintake:intake-service");
            assertThat(event.value()).contains(id.toString()).contains("microsoft/resnet-50");
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>list("key", id.toString()).stream().allMatch(e -> e.sentAt != null)));
        assertThat(kafka.await(Topics.DECISION_RECORDED, e -> id.toString().equals(e.key()), 1, Duration.ofSeconds(20)))
                .singleElement().satisfies(e -> assertThat(e.value()).contains("\"step\":\"REGISTRATION\""));
    }

    @Test
    void aFailureAfterTheOutboxWriteLeavesNeitherStateNorEvent() {
        UUID[] id = new UUID[1];
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            id[0] = registration.register("alice", SampleRequests.MODEL, SampleRequests.USE).id();
            throw new IllegalStateException("the database fails after the event was written");
        })).hasMessageContaining("the database fails");
        assertThat(QuarkusTransaction.requiringNew().call(() -> ModelRequestEntity.findByIdOptional(id[0]))).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("key", id[0].toString()))).isZero();
    }

    @Test
    void theSameEventDeliveredTwiceChangesNothingTheSecondTime() {
        UUID id = submit();
        String eventId = CloudEventsClient.newEventId();
        String resolved = licenseResolved(id);
        kafka.send(Topics.LICENSE_RESOLVED, id.toString(), eventId, Topics.TYPE_LICENSE_RESOLVED, resolved);
        kafka.send(Topics.LICENSE_RESOLVED, id.toString(), eventId, Topics.TYPE_LICENSE_RESOLVED, resolved);
        await().atMost(Duration.ofSeconds(20)).until(() -> status(id) == RequestStatus.LICENSE_RESOLVED);

        // A later, distinct event proves the consumer went past both deliveries.
        kafka.send(Topics.LICENSE_RESOLVED, id.toString(), CloudEventsClient.newEventId(), Topics.TYPE_LICENSE_RESOLVED, resolved);
        await().atMost(Duration.ofSeconds(20)).until(() -> steps(id, "LICENSE_RESOLVED") == 2);
        assertThat(steps(id, "LICENSE_RESOLVED")).isEqualTo(2);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheRequestShowsFailed() {
        UUID poisoned = submit();
        kafka.send(Topics.LICENSE_RESOLVED, poisoned.toString(), CloudEventsClient.newEventId(), Topics.TYPE_LICENSE_RESOLVED,
                "{this is not json");

        List<CloudEventsClient.Event> dead = kafka.await(Topics.LICENSE_RESOLVED + Topics.DLQ_SUFFIX,
                e -> poisoned.toString().equals(e.key()), 1, Duration.ofSeconds(30));
        assertThat(dead).isNotEmpty();
        assertThat(dead.get(0).header("dead-letter-reason")).contains("LicenseResolved");

        await().atMost(Duration.ofSeconds(30)).until(() -> status(poisoned) == RequestStatus.FAILED);
        given().auth().oauth2(SampleRequests.TOKENS.accessToken("alice")).get("/api/requests/" + poisoned)
                .then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("FAILED"))
                .body("statusReason", org.hamcrest.Matchers.containsString("license.request.resolved"));

        // The consumer keeps going: the next request's event is processed.
        UUID healthy = submit();
        kafka.send(Topics.LICENSE_RESOLVED, healthy.toString(), CloudEventsClient.newEventId(), Topics.TYPE_LICENSE_RESOLVED,
                licenseResolved(healthy));
        await().atMost(Duration.ofSeconds(20)).until(() -> status(healthy) == RequestStatus.LICENSE_RESOLVED);
    }

    @Test
    void theOutboxIsRelayedRightAfterItsTransactionCommitsNotAtThePoll() {
        UUID id = submit();
        await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>list("key", id.toString()).stream().allMatch(e -> e.sentAt != null)));
        // The poll runs once a minute in this profile: only the after-commit wake-up sends this fast.
        List<OutboxEvent> events = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list("key", id.toString()));
        assertThat(events).hasSize(2).allSatisfy(e ->
                assertThat(Duration.between(e.createdAt, e.sentAt)).isLessThan(Duration.ofSeconds(2)));
    }

    @Test
    void aLockTimeoutIsRetriedUntilItHealsAndNeverDeadLettered() throws Exception {
        UUID id = submit();
        double retriesBefore = retries();
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            lockRequest(lock, id);
            kafka.send(Topics.LICENSE_RESOLVED, id.toString(), CloudEventsClient.newEventId(), Topics.TYPE_LICENSE_RESOLVED,
                    licenseResolved(id, "test"));
            // The consumer's lock waits time out (500 ms) again and again while the row stays locked.
            await().atMost(Duration.ofSeconds(30)).until(() -> retries() >= retriesBefore + 3);
            assertThat(status(id)).isEqualTo(RequestStatus.SUBMITTED);
            lock.rollback();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> status(id) == RequestStatus.LICENSE_RESOLVED);
        assertThat(kafka.await(DLQ, e -> id.toString().equals(e.key()), 1, Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void aPoisonEventInABatchIsDeadLetteredAloneAndTheRestAreProcessed() {
        UUID first = submit();
        UUID poisoned = submit();
        UUID last = submit();
        // One batch as the connector hands it over (the broker decides how records fall into polls, so the
        // batch is built here), the poison in the middle: it parses, but PostgreSQL refuses its NUL character,
        // so the batch's transaction fails and the events are handled one by one.
        TopicPartition partition = new TopicPartition(Topics.LICENSE_RESOLVED, 0);
        long offset = 1_000_000 + (long) (Math.random() * 1_000_000);
        List<ConsumerRecord<String, String>> records = List.of(
                cloudEvent(partition, offset, first, licenseResolved(first, "test")),
                cloudEvent(partition, offset + 1, poisoned, licenseResolved(poisoned, "v\\u0000")),
                cloudEvent(partition, offset + 2, last, licenseResolved(last, "test")));
        Message<List<String>> batch = Message.of(records.stream().map(ConsumerRecord::value).toList(), Metadata.of(
                new IncomingKafkaRecordBatchMetadata<>(new ConsumerRecords<>(Map.of(partition, records)), "license-resolved", Map.of())));

        events.handleBatch(batch, "intake.license-resolved", LicenseResolved.class, progress::licenseResolved)
                .toCompletableFuture().join();

        assertThat(List.of(status(first), status(last))).containsOnly(RequestStatus.LICENSE_RESOLVED);
        assertThat(kafka.await(DLQ, e -> poisoned.toString().equals(e.key()), 1, Duration.ofSeconds(30)))
                .singleElement().satisfies(e -> {
                    assertThat(e.header("dead-letter-topic")).isEqualTo(Topics.LICENSE_RESOLVED);
                    assertThat(e.header("dead-letter-offset")).isEqualTo(Long.toString(offset + 1));
                    assertThat(e.header("ce_id"))
                            .isEqualTo(new String(records.get(1).headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8));
                });
        await().atMost(Duration.ofSeconds(30)).until(() -> status(poisoned) == RequestStatus.FAILED);
        assertThat(kafka.await(DLQ, e -> first.toString().equals(e.key()) || last.toString().equals(e.key()), 1,
                Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void aReplayedDeadLetterIsProcessedOnceEvenWhenReplayedTwice() {
        UUID id = submit();
        String eventId = CloudEventsClient.newEventId();
        // A valid event that failed for a reason since fixed, dead-lettered as the consumer does it.
        ConsumerRecord<String, String> failed = cloudEvent(new TopicPartition(Topics.LICENSE_RESOLVED, 0), 0L, id,
                licenseResolved(id, "test"));
        failed.headers().remove("ce_id");
        failed.headers().add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
        deadLetterQueue.send(failed, "intake.license-resolved", new IllegalStateException("a bug, since fixed"));
        await().atMost(Duration.ofSeconds(30)).until(() -> status(id) == RequestStatus.FAILED);

        String erin = SampleRequests.TOKENS.accessToken("erin");
        List<Map<String, Object>> letters = given().auth().oauth2(erin).get("/api/admin/dead-letters")
                .then().statusCode(200).extract().jsonPath()
                .getList("find { it.topic == '" + DLQ + "' }.deadLetters.findAll { it.requestId == '" + id + "' }");
        assertThat(letters).singleElement().satisfies(letter -> {
            assertThat(letter).containsEntry("eventId", eventId).containsEntry("reason", "a bug, since fixed")
                    .containsEntry("originalTopic", Topics.LICENSE_RESOLVED).containsEntry("replayed", false);
        });
        String replay = "/api/admin/dead-letters/" + DLQ + "/" + letters.get(0).get("partition") + "/"
                + letters.get(0).get("offset") + "/replay";
        given().auth().oauth2(SampleRequests.TOKENS.accessToken("alice")).post(replay).then().statusCode(403);
        given().auth().oauth2(erin).post(replay).then().statusCode(200).body("replayed", equalTo(true));
        given().auth().oauth2(erin).post(replay).then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> status(id) == RequestStatus.LICENSE_RESOLVED);
        // A later, distinct event proves the consumer went past both replays.
        kafka.send(Topics.LICENSE_RESOLVED, id.toString(), CloudEventsClient.newEventId(), Topics.TYPE_LICENSE_RESOLVED,
                licenseResolved(id, "test"));
        await().atMost(Duration.ofSeconds(20)).until(() -> steps(id, "LICENSE_RESOLVED") == 2);
        assertThat(steps(id, "LICENSE_RESOLVED")).isEqualTo(2);

        given().auth().oauth2(erin).get("/api/admin/dead-letters").then().statusCode(200)
                .body("find { it.topic == '" + DLQ + "' }.deadLetters.find { it.requestId == '" + id + "' }.replay.by",
                        equalTo("erin"));
        given().auth().oauth2(erin).post("/api/admin/dead-letters/" + DLQ + "/replay").then().statusCode(200)
                .body("deadLetters.findAll { it.requestId == '" + id + "' }", org.hamcrest.Matchers.empty());
        given().auth().oauth2(erin).post("/api/admin/dead-letters/no.such.topic.dlq/replay").then().statusCode(404)
                .contentType("application/problem+json");
        assertThat(kafka.await(Topics.DECISION_RECORDED,
                e -> id.toString().equals(e.key()) && e.value().contains("\"step\":\"DEAD_LETTER_REPLAY\""), 2,
                Duration.ofSeconds(20))).hasSize(2);
    }

    @Test
    void thePurgeRemovesOnlySentOutboxRowsAndInboxRowsPastTheirRetention() {
        Instant now = Instant.now();
        String key = UUID.randomUUID().toString();
        String unsentKey = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            outboxRow(key, now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(8))).persist();
            outboxRow(key, now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1))).persist();
            inboxRow(key + "-old", now.minus(Duration.ofDays(15))).persist();
            inboxRow(key + "-recent", now.minus(Duration.ofDays(13))).persist();
            outboxRow(unsentKey, now.minus(Duration.ofDays(30)), null).persist();
        });

        purge.purge();

        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list("key", key)))
                .extracting(e -> e.sentAt).containsExactly(now.minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MICROS));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ProcessedEvent.<ProcessedEvent>list("consumer", key)))
                .extracting(e -> e.eventId).containsExactly(key + "-recent");
        // An unsent row is never purged, however old: the relay still owes it to Kafka.
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("key", unsentKey))).isEqualTo(1);
    }

    private static OutboxEvent outboxRow(String key, Instant created, Instant sent) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        // a topic of intake-service's: the relay sends the unsent row, and the bus lets it write only its own topics
        event.topic = Topics.REQUEST_REGISTERED;
        event.type = "test";
        event.key = key;
        event.payload = "{}";
        event.createdAt = created.truncatedTo(ChronoUnit.MICROS);
        event.sentAt = sent == null ? null : sent.truncatedTo(ChronoUnit.MICROS);
        return event;
    }

    private static ProcessedEvent inboxRow(String eventId, Instant processed) {
        ProcessedEvent row = new ProcessedEvent();
        row.eventId = eventId;
        row.consumer = eventId.substring(0, 36);
        row.processedAt = processed;
        return row;
    }

    /** A LicenseResolved CloudEvent as the consumer receives it, with a new event id. */
    private static ConsumerRecord<String, String> cloudEvent(TopicPartition partition, long offset, UUID id, String json) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(partition.topic(), partition.partition(), offset,
                id.toString(), json);
        record.headers().add("ce_id", CloudEventsClient.newEventId().getBytes(StandardCharsets.UTF_8))
                .add("ce_type", Topics.TYPE_LICENSE_RESOLVED.getBytes(StandardCharsets.UTF_8))
                .add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8))
                .add("ce_source", "urn:modelintake:license-service".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private double retries() {
        return metrics.find("modelintake.consumer.retries").tag("consumer", "intake.license-resolved").counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }

    private static void lockRequest(Connection connection, UUID id) throws Exception {
        try (PreparedStatement select = connection.prepareStatement("select id from intake.model_request where id = ? for update")) {
            select.setObject(1, id);
            select.executeQuery().close();
        }
    }

    private static UUID submit() {
        return SampleRequests.idOf(SampleRequests.submitAs("alice"));
    }

    private static RequestStatus status(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ModelRequestEntity.<ModelRequestEntity>findById(id).status);
    }

    private static long steps(UUID id, String step) {
        return QuarkusTransaction.requiringNew().call(() -> TimelineEntryEntity.count("requestId = ?1 and step = ?2", id, step));
    }

    private static String licenseResolved(UUID id) {
        return licenseResolved(id, "test");
    }

    private static String licenseResolved(UUID id, String knowledgeVersion) {
        return """
                {"request": {"id": "%s", "requester": "alice", "submittedAt": "2026-11-26T10:00:00Z",
                             "model": {"name": "ResNet-50", "repoId": "microsoft/resnet-50", "license": "apache-2.0"},
                             "intendedUse": {"activities": ["INTERNAL_RESEARCH"], "jurisdictions": ["DE"]}},
                 "lineage": {"modelId": "microsoft/resnet-50", "licenseExpression": "Apache-2.0", "licenseOrigin": "request"},
                 "findings": [{"code": "LICENSE_PERMITS_ACTIVITY", "severity": "INFO",
                               "subject": {"kind": "license", "id": "Apache-2.0"}, "activity": "INTERNAL_RESEARCH",
                               "verdict": "ALLOWED", "message": "test", "ruleId": "TEST"}],
                 "licenseKnowledgeVersion": "%s"}
                """.formatted(id, knowledgeVersion);
    }
}
