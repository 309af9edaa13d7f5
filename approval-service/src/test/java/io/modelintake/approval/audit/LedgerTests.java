package io.modelintake.approval.audit;

import static io.modelintake.approval.AssessedRequests.TOKENS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelintake.contracts.DecisionRecord;
import io.modelintake.contracts.events.Topics;
import io.modelintake.testsupport.CloudEventsClient;
import io.modelintake.testsupport.KafkaTestResource;
import io.modelintake.testsupport.KeycloakTestResource;
import io.modelintake.testsupport.PostgresServer;
import io.modelintake.testsupport.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The audit ledger: appended once per record, never forked, append-only for the service, tampering found. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class LedgerTests {

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

    @Test
    void aRecordFromKafkaIsAppendedOnceEvenWhenDeliveredTwice() throws Exception {
        DecisionRecord record = record(UUID.randomUUID(), "REGISTERED");
        String json = mapper.writeValueAsString(record);
        try (CloudEventsClient kafka = new CloudEventsClient(bootstrapServers)) {
            // Twice with distinct event ids, as a producer's outbox would after a crash between send and commit.
            kafka.send(Topics.DECISION_RECORDED, record.requestId().toString(), CloudEventsClient.newEventId(),
                    Topics.TYPE_DECISION_RECORDED, json);
            kafka.send(Topics.DECISION_RECORDED, record.requestId().toString(), CloudEventsClient.newEventId(),
                    Topics.TYPE_DECISION_RECORDED, json);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> entries(record.requestId()) == 1);
        Thread.sleep(1_000);
        assertThat(entries(record.requestId())).isEqualTo(1);
    }

    @Test
    void concurrentAppendsNeverForkTheChain() throws Exception {
        UUID requestId = UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> appends = IntStream.range(0, 200)
                    .mapToObj(i -> pool.submit(() -> {
                        QuarkusTransaction.requiringNew().run(() -> ledger.append(record(requestId, "CONCURRENT " + i)));
                        return true;
                    }))
                    .toList();
            for (Future<Boolean> append : appends) {
                append.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(entries(requestId)).isEqualTo(200);
        var result = export.verify();
        assertThat(result.intact()).as("verification: %s", result).isTrue();
        assertThat(result.records()).isEqualTo(total());
    }

    @Test
    void theServiceCannotUpdateDeleteOrTruncateLedgerRows() {
        UUID requestId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> ledger.append(record(requestId, "KEEP ME")));
        for (String sql : List.of(
                "update {h-schema}ledger_entry set decision = 'FORGED' where request_id = '" + requestId + "'",
                "delete from {h-schema}ledger_entry where request_id = '" + requestId + "'",
                "truncate {h-schema}ledger_entry")) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                    entityManager.createNativeQuery(sql).executeUpdate()))
                    .as(sql).isNotNull();
        }
        assertThat(entries(requestId)).isEqualTo(1);
    }

    @Test
    void aRowAlteredBehindTheServicesBackIsReportedAtExactlyThatRecord() throws Exception {
        UUID requestId = UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            String decision = "STEP " + i;
            QuarkusTransaction.requiringNew().run(() -> ledger.append(record(requestId, decision)));
        }
        long target = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select min(sequence) from {h-schema}ledger_entry where request_id = :id")
                .setParameter("id", requestId).getSingleResult()).longValue()) + 1;
        assertThat(export.verify().intact()).isTrue();

        tamper(target, "replace(record, 'STEP 1', 'STEP 1 (forged)')");
        try {
            var result = export.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenLink().sequence()).isEqualTo(target);
            assertThat(result.brokenLink().problem().name()).isEqualTo("HASH_MISMATCH");
            given().auth().oauth2(TOKENS.accessToken("carol")).get("/api/audit/verify").then().statusCode(200)
                    .body("intact", equalTo(false))
                    .body("brokenLink.sequence", equalTo((int) target));
        } finally {
            // Put the row back, so that the other tests of this database see an intact chain.
            tamper(target, "replace(record, 'STEP 1 (forged)', 'STEP 1')");
        }
        assertThat(export.verify().intact()).isTrue();
    }

    /** Changes a ledger row as a superuser would: only a superuser can bypass the append-only trigger. */
    private static void tamper(long sequence, String newRecord) throws Exception {
        PostgresServer postgres = PostgresServer.shared();
        try (Connection superuser = DriverManager.getConnection(postgres.jdbcUrl("modelintake"), postgres.username(),
                postgres.password()); Statement statement = superuser.createStatement()) {
            statement.execute("set session_replication_role = replica");
            statement.executeUpdate("update approval.ledger_entry set record = " + newRecord + " where sequence = " + sequence);
        }
    }

    @Test
    void theTrailExportsAsNdjsonCsvAndJsonForAuditorsOnly() throws Exception {
        UUID requestId = UUID.randomUUID();
        for (String decision : List.of("SUBMITTED", "RESOLVED, \"quoted\"", "APPROVED")) {
            QuarkusTransaction.requiringNew().run(() -> ledger.append(record(requestId, decision)));
        }
        String ndjson = given().auth().oauth2(TOKENS.accessToken("carol")).accept("application/x-ndjson")
                .queryParam("requestId", requestId.toString()).get("/api/audit/records")
                .then().statusCode(200).extract().asString();
        List<String> lines = ndjson.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(mapper.readTree(lines.get(1)).path("record").path("decision").asText()).isEqualTo("RESOLVED, \"quoted\"");

        String csv = given().auth().oauth2(TOKENS.accessToken("bob")).accept("text/csv")
                .queryParam("requestId", requestId.toString()).get("/api/audit/records")
                .then().statusCode(200).extract().asString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).extracting(row -> row.get("decision"))
                .containsExactly("SUBMITTED", "RESOLVED, \"quoted\"", "APPROVED");

        given().auth().oauth2(TOKENS.accessToken("carol")).accept("application/json")
                .queryParam("requestId", requestId.toString()).get("/api/audit/records")
                .then().statusCode(200).body("size()", equalTo(3)).body("[2].record.decision", equalTo("APPROVED"));

        given().auth().oauth2(TOKENS.accessToken("alice")).accept("application/x-ndjson").get("/api/audit/records")
                .then().statusCode(403);
        given().auth().oauth2(TOKENS.accessToken("carol")).accept("application/x-ndjson")
                .queryParam("from", "yesterday").get("/api/audit/records").then().statusCode(400);
    }

    private static DecisionRecord record(UUID requestId, String decision) {
        return new DecisionRecord(UUID.randomUUID(), requestId, DecisionRecord.Step.REGISTRATION, "alice", decision,
                List.of("TEST"), "0".repeat(64), "test", Instant.now());
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
