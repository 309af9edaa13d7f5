package io.modelintake.intake.messaging;

import static io.modelintake.intake.SampleRequests.TOKENS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelintake.contracts.RequestStatus;
import io.modelintake.contracts.RiskTier;
import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.events.KnowledgeChanged;
import io.modelintake.contracts.events.LicenseResolved;
import io.modelintake.contracts.events.Reevaluation;
import io.modelintake.contracts.events.ReevaluationRequested;
import io.modelintake.contracts.events.RequestReevaluated;
import io.modelintake.contracts.events.Topics;
import io.modelintake.intake.SampleRequests;
import io.modelintake.intake.persistence.ModelRequestEntity;
import io.modelintake.intake.persistence.TimelineEntryEntity;
import io.modelintake.intake.service.RequestProgress;
import io.modelintake.intake.service.RequestRegistration;
import io.modelintake.platform.persistence.JsonColumns;
import io.modelintake.testsupport.CloudEventsClient;
import io.modelintake.testsupport.KafkaTestResource;
import io.modelintake.testsupport.KeycloakTestResource;
import io.modelintake.testsupport.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A knowledge change becomes a re-evaluation job that asks for every request it touches (in batches of two in the
 * test profile), counts approval-service's comparisons once each, and shows on {@code /api/reevaluations}; a
 * re-evaluated step leaves the status as it is.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class ReevaluationTests {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    RequestRegistration registration;

    @Inject
    RequestProgress progress;

    @Inject
    JsonColumns json;

    @Inject
    ObjectMapper mapper;

    @Test
    void aLicenceChangeReevaluatesEveryRequestRestingOnItInBatches() throws Exception {
        String licence = "LicenseRef-test-" + UUID.randomUUID();
        List<UUID> touched = new ArrayList<>();
        touched.add(request(RequestStatus.APPROVED, licence.toUpperCase()));
        touched.add(request(RequestStatus.AWAITING_APPROVAL, licence));
        touched.add(request(RequestStatus.REJECTED, licence));
        touched.add(request(RequestStatus.APPROVED_WITH_CONDITIONS, licence));
        touched.add(request(RequestStatus.UNDER_REVIEW, licence));
        UUID failed = request(RequestStatus.FAILED, licence);
        UUID other = request(RequestStatus.APPROVED, "LicenseRef-other-" + UUID.randomUUID());

        send(Topics.KNOWLEDGE_CHANGED, UUID.randomUUID(), Topics.TYPE_KNOWLEDGE_CHANGED, new KnowledgeChanged("license", licence,
                "b+r1", "b+r2", "bob", Instant.now(), List.of(licence), List.of(), List.of(), List.of(), false));

        JsonPath job = awaitJob(licence, 5);
        String jobId = job.getString("id");
        assertThat(job.getString("trigger")).isEqualTo("license " + licence + " changed by bob (b+r1 → b+r2)");
        assertThat(job.getString("change.id")).isEqualTo(licence);
        assertThat(job.getInt("counts.affected")).isEqualTo(5);

        List<CloudEventsClient.Event> asked;
        try (CloudEventsClient harness = new CloudEventsClient(bootstrapServers)) {
            asked = harness.await(Topics.REEVALUATION_REQUESTED, event -> event.value().contains(jobId), 5, WAIT);
        }
        List<ReevaluationRequested> requested = new ArrayList<>();
        for (CloudEventsClient.Event event : asked) {
            requested.add(mapper.readValue(event.value(), ReevaluationRequested.class));
        }
        assertThat(requested).extracting(r -> r.request().id()).containsExactlyInAnyOrderElementsOf(touched)
                .doesNotContain(failed, other);
        assertThat(requested).extracting(ReevaluationRequested::reevaluation)
                .containsOnly(new Reevaluation(UUID.fromString(jobId), job.getString("trigger")));
        assertThat(requested.get(0).request().model()).isEqualTo(SampleRequests.MODEL);

        // approval-service's comparisons, one of them delivered twice under two event ids: each request counts once
        send(Topics.REQUEST_REEVALUATED, touched.get(0), Topics.TYPE_REQUEST_REEVALUATED, compared(touched.get(0), jobId, "WORSE"));
        send(Topics.REQUEST_REEVALUATED, touched.get(0), Topics.TYPE_REQUEST_REEVALUATED, compared(touched.get(0), jobId, "SAME"));
        send(Topics.REQUEST_REEVALUATED, touched.get(1), Topics.TYPE_REQUEST_REEVALUATED, compared(touched.get(1), jobId, "SAME"));
        send(Topics.REQUEST_REEVALUATED, touched.get(2), Topics.TYPE_REQUEST_REEVALUATED, compared(touched.get(2), jobId, "BETTER"));
        await().atMost(WAIT).until(() -> job(jobId, "carol").getInt("counts.evaluated") == 3);
        JsonPath counted = job(jobId, "erin");
        assertThat(List.of(counted.getInt("counts.worse"), counted.getInt("counts.same"), counted.getInt("counts.better"),
                counted.getInt("counts.requested"))).containsExactly(1, 1, 1, 5);
        assertThat(counted.getString("state")).isEqualTo("DONE");
        assertThat(steps(touched.get(0))).anyMatch(step -> step.startsWith("WORSE: risk tier LOW → HIGH"));
        assertThat(status(touched.get(0))).as("the status comes from approval-service's decision alone")
                .isEqualTo(RequestStatus.APPROVED);
    }

    @Test
    void aReevaluatedStepStoresTheNewFactsWithoutMovingTheStatus() {
        String licence = "LicenseRef-test-" + UUID.randomUUID();
        UUID id = request(RequestStatus.APPROVED, licence);
        Lineage changed = new Lineage(SampleRequests.MODEL.repoId(), "Apache-2.0", "card", List.of(), List.of());
        QuarkusTransaction.requiringNew().run(() -> progress.licenseResolved(new LicenseResolved(
                registered(id), changed, List.of(), "b+r9", new Reevaluation(UUID.randomUUID(), "licence x changed by bob"))));

        assertThat(status(id)).isEqualTo(RequestStatus.APPROVED);
        assertThat(QuarkusTransaction.requiringNew().call(() -> json.read(
                ModelRequestEntity.<ModelRequestEntity>findById(id).lineage, Lineage.class))).isEqualTo(changed);
        assertThat(stepNames(id)).last().isEqualTo("REEVALUATION");
        assertThat(steps(id)).last().asString().contains("knowledge b+r9").contains("licence x changed by bob");
    }

    @Test
    void anOfficerStartsAJobForNamedRequests() {
        UUID one = request(RequestStatus.APPROVED, "mit");
        UUID submitted = QuarkusTransaction.requiringNew().call(() ->
                registration.register("alice", SampleRequests.MODEL, SampleRequests.USE).id());
        String location = given().auth().oauth2(TOKENS.accessToken("bob")).contentType(ContentType.JSON)
                .body("{\"requestIds\": [\"" + one + "\", \"" + submitted + "\"]}")
                .when().post("/api/reevaluations")
                .then().statusCode(202).header("Location", startsWith("http"))
                .body("counts.affected", equalTo(1)).body("trigger", equalTo("re-evaluation of 2 requests asked by bob"))
                .extract().header("Location");
        String jobId = location.substring(location.lastIndexOf('/') + 1);
        await().atMost(WAIT).until(() -> job(jobId, "bob").getString("state").equals("DONE"));
        assertThat(job(jobId, "bob").getInt("counts.requested")).isEqualTo(1);

        given().auth().oauth2(TOKENS.accessToken("bob")).contentType(ContentType.JSON).body("{}")
                .when().post("/api/reevaluations")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(TOKENS.accessToken("carol")).contentType(ContentType.JSON).body("{\"licenses\": [\"mit\"]}")
                .when().post("/api/reevaluations")
                .then().statusCode(403);
    }

    @Test
    void jobsAreReadByOfficersAuditorsAndAdminsOnly() {
        given().auth().oauth2(TOKENS.accessToken("alice")).when().get("/api/reevaluations").then().statusCode(403);
        given().when().get("/api/reevaluations").then().statusCode(401);
        given().auth().oauth2(TOKENS.accessToken("carol")).when().get("/api/reevaluations").then().statusCode(200);
        given().auth().oauth2(TOKENS.accessToken("carol")).when().get("/api/reevaluations/" + UUID.randomUUID())
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(TOKENS.accessToken("carol")).when().get("/api/reevaluations/not-a-uuid")
                .then().statusCode(404);
    }

    /** A request registered as alice, moved to {@code status} with a lineage naming {@code licence}. */
    private UUID request(RequestStatus status, String licence) {
        UUID id = QuarkusTransaction.requiringNew().call(() ->
                registration.register("alice", SampleRequests.MODEL, SampleRequests.USE).id());
        QuarkusTransaction.requiringNew().run(() -> {
            ModelRequestEntity entity = ModelRequestEntity.findById(id);
            entity.status = status;
            entity.lineage = json.write(new Lineage(SampleRequests.MODEL.repoId(), licence, "request", List.of(), List.of(),
                    List.of(new Lineage.LicenseTerms(licence, licence, null, null))));
        });
        return id;
    }

    private io.modelintake.contracts.ModelRequest registered(UUID id) {
        return new io.modelintake.contracts.ModelRequest(id, "alice", Instant.now(), SampleRequests.MODEL, SampleRequests.USE);
    }

    private static RequestReevaluated compared(UUID request, String jobId, String comparison) {
        return new RequestReevaluated(request, UUID.fromString(jobId), comparison, RiskTier.LOW,
                comparison.equals("WORSE") ? RiskTier.HIGH : RiskTier.LOW, "b+r1", "b+r2");
    }

    private void send(String topic, UUID key, String type, Object payload) throws Exception {
        try (CloudEventsClient harness = new CloudEventsClient(bootstrapServers)) {
            harness.send(topic, key.toString(), CloudEventsClient.newEventId(), type, mapper.writeValueAsString(payload));
        }
    }

    /** The job the change of {@code licence} started, once it asked for {@code requested} requests. */
    private static JsonPath awaitJob(String licence, int requested) {
        return await().atMost(WAIT).until(() -> {
            JsonPath jobs = given().auth().oauth2(TOKENS.accessToken("bob")).queryParam("size", 100)
                    .when().get("/api/reevaluations").then().statusCode(200).extract().jsonPath();
            List<String> ids = jobs.getList("items.findAll { it.change.id == '" + licence + "' }.id");
            return ids.isEmpty() ? null : job(ids.get(0), "bob");
        }, job -> job != null && job.getInt("counts.requested") == requested);
    }

    private static JsonPath job(String jobId, String user) {
        return given().auth().oauth2(TOKENS.accessToken(user)).when().get("/api/reevaluations/" + jobId)
                .then().statusCode(200).extract().jsonPath();
    }

    private static RequestStatus status(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ModelRequestEntity.<ModelRequestEntity>findById(id).status);
    }

    private static List<String> stepNames(UUID id) {
        return timeline(id).stream().map(entry -> entry.step).toList();
    }

    private static List<String> steps(UUID id) {
        return timeline(id).stream().map(entry -> entry.decision).toList();
    }

    private static List<TimelineEntryEntity> timeline(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> TimelineEntryEntity.<TimelineEntryEntity>list(
                "requestId = ?1 order by id", id));
    }
}
