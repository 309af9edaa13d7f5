package io.modelintake.dataset.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelintake.contracts.events.KnowledgeChanged;
import io.modelintake.contracts.events.Topics;
import io.modelintake.testsupport.CloudEventsClient;
import io.modelintake.testsupport.KafkaTestResource;
import io.modelintake.testsupport.KeycloakTestResource;
import io.modelintake.testsupport.PostgresTestResource;
import io.modelintake.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Re-evaluation on dataset-registry's side: a curated dataset announces what it touches in the transaction that
 * stores it, and a re-evaluated licence resolution is assessed as usual, its outcome carrying the re-evaluation on.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class ReevaluationTests {

    private static final Tokens TOKENS = Tokens.ofTestRealm();
    private static final Duration WAIT = Duration.ofSeconds(40);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper mapper;

    @Test
    void aCuratedDatasetAnnouncesTheChangeWithItsIdAndAliases() throws Exception {
        String before = given().auth().oauth2(TOKENS.accessToken("bob")).get("/api/datasets/ffhq")
                .then().statusCode(200).extract().header("X-Knowledge-Version");
        ObjectNode ffhq = (ObjectNode) mapper.readTree(given().auth().oauth2(TOKENS.accessToken("bob"))
                .get("/api/datasets/ffhq").then().extract().asString());
        ffhq.put("note", "Re-read by bob for the re-evaluation test.");
        String after = given().auth().oauth2(TOKENS.accessToken("bob")).contentType(ContentType.JSON).body(ffhq.toString())
                .put("/api/datasets/ffhq").then().statusCode(200).extract().header("X-Knowledge-Version");

        try (CloudEventsClient kafka = new CloudEventsClient(bootstrapServers)) {
            List<CloudEventsClient.Event> changes = kafka.await(Topics.KNOWLEDGE_CHANGED, e -> e.value().contains(after), 1, WAIT);
            assertThat(changes).hasSize(1);
            KnowledgeChanged change = mapper.readValue(changes.get(0).value(), KnowledgeChanged.class);
            assertThat(change).extracting(KnowledgeChanged::kind, KnowledgeChanged::id, KnowledgeChanged::versionBefore,
                    KnowledgeChanged::versionAfter, KnowledgeChanged::actor).containsExactly("dataset", "ffhq", before, after, "bob");
            assertThat(change.datasets()).contains("ffhq", "FFHQ", "nvlabs/ffhq-dataset");
        }
    }

    @Test
    void aReevaluatedResolutionIsAssessedAndCarriesTheReevaluationOn() throws Exception {
        UUID id = UUID.randomUUID();
        UUID job = UUID.randomUUID();
        String resolved = """
                {"request": {"id": "%s", "requester": "alice", "submittedAt": "2026-11-26T10:00:00Z",
                             "model": {"name": "StyleGAN FFHQ", "repoId": "acme/stylegan-ffhq", "license": "mit",
                                       "datasets": ["ffhq"]},
                             "intendedUse": {"activities": ["COMMERCIAL_PRODUCT"], "jurisdictions": ["DE"]}},
                 "lineage": {"modelId": "acme/stylegan-ffhq", "licenseExpression": "MIT", "licenseOrigin": "request",
                             "datasets": [{"id": "ffhq", "namedBy": "acme/stylegan-ffhq"}]},
                 "findings": [], "licenseKnowledgeVersion": "test",
                 "reevaluation": {"jobId": "%s", "trigger": "dataset ffhq changed by bob (b+r1 → b+r2)"}}
                """.formatted(id, job);
        try (CloudEventsClient kafka = new CloudEventsClient(bootstrapServers)) {
            kafka.send(Topics.LICENSE_RESOLVED, id.toString(), CloudEventsClient.newEventId(), Topics.TYPE_LICENSE_RESOLVED,
                    resolved);
            List<CloudEventsClient.Event> assessed = kafka.await(Topics.DATASETS_ASSESSED, e -> id.toString().equals(e.key()),
                    1, WAIT);
            assertThat(assessed).hasSize(1);
            JsonNode event = mapper.readTree(assessed.get(0).value());
            assertThat(event.path("reevaluation").path("jobId").asText()).isEqualTo(job.toString());
            assertThat(event.path("reevaluation").path("trigger").asText()).startsWith("dataset ffhq changed by bob");
            assertThat(event.path("datasetFindings").size()).isPositive();
            assertThat(kafka.await(Topics.DECISION_RECORDED, e -> id.toString().equals(e.key())
                    && e.value().contains("RE-ASSESSED"), 1, WAIT)).hasSize(1);
        }
    }
}
