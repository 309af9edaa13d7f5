package io.modelintake.approval.messaging;

import static io.modelintake.approval.AssessedRequests.TOKENS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.modelintake.approval.audit.Ledger;
import io.modelintake.approval.audit.LedgerBatch;
import io.modelintake.approval.audit.LedgerExport;
import io.modelintake.contracts.DecisionRecord;
import io.modelintake.contracts.events.Topics;
import io.modelintake.platform.messaging.DeadLetterQueue;
import io.modelintake.testsupport.BusAccess;
import io.modelintake.testsupport.CloudEventsClient;
import io.modelintake.testsupport.KafkaTestResource;
import io.modelintake.testsupport.KeycloakTestResource;
import io.modelintake.testsupport.PostgresServer;
import io.modelintake.testsupport.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The ledger's writer under a burst, a database that refuses it for a while and records it can never append, with
 * both connection pools kept small: every record lands exactly once, nothing transient is dead-lettered, and a
 * dead-lettered record is counted and keeps the ledger's health check DOWN until it is appended.
 */
@QuarkusTest
@TestProfile(LedgerConsumerTests.SmallPools.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class LedgerConsumerTests {

    /** One connection for the ledger, three for everything else, and a lock wait short enough to hit in a test. */
    public static class SmallPools implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.ledger.jdbc.max-size", "1",
                    "quarkus.datasource.jdbc.max-size", "3",
                    "approval.ledger.lock-timeout", "300ms",
                    "modelintake.consumer.max-backoff", "1s");
        }
    }

    private static final String DLQ = Topics.DECISION_RECORDED + DeadLetterQueue.SUFFIX;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Ledger ledger;

    @Inject
    LedgerExport export;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper mapper;

    @Inject
    MeterRegistry registry;

    @Test
    void aBurstLandsInTheLedgerExactlyOnceAndTheChainVerifies() throws Exception {
        UUID requestId = UUID.randomUUID();
        double deadLettersBefore = deadLetterCount();
        List<String> payloads = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            payloads.add(mapper.writeValueAsString(record(requestId, "BURST " + i)));
        }
        try (KafkaProducer<String, String> producer = producer()) {
            List<Future<?>> sent = new ArrayList<>();
            for (String payload : payloads) {
                sent.add(producer.send(event(requestId, UUID.randomUUID().toString(), payload)));
            }
            // The first 500 again under new event ids, as producers' outboxes would after crashes.
            for (String payload : payloads.subList(0, 500)) {
                sent.add(producer.send(event(requestId, UUID.randomUUID().toString(), payload)));
            }
            for (Future<?> send : sent) {
                send.get();
            }
        }

        await().atMost(Duration.ofSeconds(90)).until(() -> entries(requestId) >= 3_000);
        Thread.sleep(1_000);
        assertThat(entries(requestId)).isEqualTo(3_000);
        var verification = export.verify();
        assertThat(verification.intact()).as("verification: %s", verification).isTrue();
        assertThat(verification.records()).isEqualTo(total());
        assertThat(deadLetterCount()).isEqualTo(deadLettersBefore);
        assertThat(deadLetters(requestId, Duration.ofSeconds(10))).isEmpty();
    }

    @Test
    void aLedgerLockedLongerThanTheLockTimeoutDelaysRecordsButLosesNone() throws Exception {
        UUID requestId = UUID.randomUUID();
        double deadLettersBefore = deadLetterCount();
        PostgresServer postgres = PostgresServer.shared();
        try (Connection other = DriverManager.getConnection(postgres.jdbcUrl("modelintake"), postgres.username(),
                postgres.password()); Statement statement = other.createStatement()) {
            other.setAutoCommit(false);
            statement.execute("lock table approval.ledger_entry in access exclusive mode");
            try (CloudEventsClient kafka = new CloudEventsClient(bootstrapServers)) {
                for (int i = 0; i < 20; i++) {
                    send(kafka, CloudEventsClient.newEventId(), mapper.writeValueAsString(record(requestId, "LOCKED " + i)));
                }
            }
            // Several lock timeouts (300 ms) and retries pass while the table stays locked.
            Thread.sleep(4_000);
            other.commit();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> entries(requestId) == 20);
        assertThat(deadLetterCount()).isEqualTo(deadLettersBefore);
        assertThat(deadLetters(requestId, Duration.ofSeconds(10))).isEmpty();
        assertThat(export.verify().intact()).isTrue();
    }

    @Test
    void anUnparseableRecordIsDeadLetteredCountedAndKeepsTheLedgerDownUntilItIsAppended() throws Exception {
        UUID requestId = UUID.randomUUID();
        DecisionRecord fixed = record(requestId, "REPLAYED AFTER A FIX");
        String eventId = CloudEventsClient.newEventId();
        double before = deadLetterCount();
        try (CloudEventsClient kafka = new CloudEventsClient(bootstrapServers)) {
            send(kafka, eventId, "{\"id\": \"" + fixed.id() + "\", \"requestId\": \"" + requestId);
            send(kafka, CloudEventsClient.newEventId(), mapper.writeValueAsString(record(requestId, "NEXT TO IT")));

            List<CloudEventsClient.Event> letters = kafka.await(DLQ, e -> eventId.equals(e.header("ce_id")), 1,
                    Duration.ofSeconds(60));
            assertThat(letters).hasSize(1);
            assertThat(letters.get(0).header(DeadLetterQueue.REASON)).contains("not a valid DecisionRecord");
            await().atMost(Duration.ofSeconds(60)).until(() -> entries(requestId) == 1);
            assertThat(deadLetterCount()).isEqualTo(before + 1);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    given().get("/q/health/group/ledger").then().statusCode(503)
                            .body("checks.find { it.name == 'audit-ledger' }.status", equalTo("DOWN")));
            // Not a reason to restart the pod or stop serving: readiness and liveness stay UP.
            given().get("/q/health/ready").then().statusCode(200);
            given().get("/q/health/live").then().statusCode(200);
            given().auth().oauth2(TOKENS.accessToken("carol")).get("/api/audit/verify").then().statusCode(200)
                    .body("intact", equalTo(true)).body("deadLetters", greaterThanOrEqualTo(1));

            // The replay after the fix: the same CloudEvent, its payload repaired.
            send(kafka, eventId, mapper.writeValueAsString(fixed));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> entries(requestId) == 2);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().get("/q/health/group/ledger").then().statusCode(200)
                        .body("checks.find { it.name == 'audit-ledger' }.status", equalTo("UP")));
        given().auth().oauth2(TOKENS.accessToken("carol")).get("/api/audit/verify").then().statusCode(200)
                .body("deadLetters", equalTo(0));
    }

    @Test
    void aRecordBreakingTheContractIsResolvedWhenARecordWithItsIdIsAppended() throws Exception {
        UUID requestId = UUID.randomUUID();
        DecisionRecord fixed = record(requestId, "ACTOR RESTORED");
        String broken = mapper.writeValueAsString(fixed).replace("\"actor\":\"alice\"", "\"actor\":\"" + "x".repeat(300) + "\"");
        assertThat(broken).contains("x".repeat(300));
        try (CloudEventsClient kafka = new CloudEventsClient(bootstrapServers)) {
            send(kafka, CloudEventsClient.newEventId(), broken);
            assertThat(kafka.await(DLQ, e -> broken.equals(e.value()), 1, Duration.ofSeconds(60))).hasSize(1);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    given().get("/q/health/group/ledger").then().statusCode(503));

            send(kafka, CloudEventsClient.newEventId(), mapper.writeValueAsString(fixed));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().get("/q/health/group/ledger").then().statusCode(200));
        assertThat(entries(requestId)).isEqualTo(1);
    }

    @Test
    void duplicatesInABatchAreAppendedOnce() {
        UUID requestId = UUID.randomUUID();
        DecisionRecord a = record(requestId, "A"), b = record(requestId, "B");

        assertThat(ledger.append(new LedgerBatch(List.of(a, b, a, b, a), List.of(), List.of()))).isEqualTo(2);
        assertThat(ledger.append(new LedgerBatch(List.of(b, a), List.of(), List.of()))).isZero();

        assertThat(entries(requestId)).isEqualTo(2);
        assertThat(export.verify().intact()).isTrue();
    }

    private static DecisionRecord record(UUID requestId, String decision) {
        return new DecisionRecord(UUID.randomUUID(), requestId, DecisionRecord.Step.LICENSE_RESOLUTION, "alice", decision,
                List.of("TEST"), "0".repeat(64), "test", Instant.now());
    }

    private static void send(CloudEventsClient kafka, String eventId, String payload) {
        kafka.send(Topics.DECISION_RECORDED, UUID.randomUUID().toString(), eventId, Topics.TYPE_DECISION_RECORDED, payload);
    }

    private KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.putAll(BusAccess.clientProperties(bootstrapServers, "intake-service"));
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props);
    }

    /** A CloudEvent in binary mode, as intake-service's outbox relay sends it. */
    private static ProducerRecord<String, String> event(UUID requestId, String eventId, String payload) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.DECISION_RECORDED, requestId.toString(), payload);
        record.headers()
                .add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8))
                .add("ce_id", eventId.getBytes(StandardCharsets.UTF_8))
                .add("ce_type", Topics.TYPE_DECISION_RECORDED.getBytes(StandardCharsets.UTF_8))
                .add("ce_source", "urn:modelintake:intake-service".getBytes(StandardCharsets.UTF_8))
                .add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private List<CloudEventsClient.Event> deadLetters(UUID requestId, Duration wait) {
        try (CloudEventsClient kafka = new CloudEventsClient(bootstrapServers)) {
            return kafka.await(DLQ, e -> e.value() != null && e.value().contains(requestId.toString()), 1, wait);
        }
    }

    private double deadLetterCount() {
        return registry.get(LedgerConsumer.DEAD_LETTERS_METRIC).counter().count();
    }

    private long entries(UUID requestId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from {h-schema}ledger_entry where request_id = :id")
                .setParameter("id", requestId).getSingleResult()).longValue());
    }

    private long total() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from {h-schema}ledger_entry").getSingleResult()).longValue());
    }
}
