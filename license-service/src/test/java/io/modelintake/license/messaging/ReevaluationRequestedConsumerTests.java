package io.modelintake.license.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelintake.contracts.events.KnowledgeChanged;
import io.modelintake.contracts.events.Topics;
import io.modelintake.license.HubStubResource;
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
 * Re-evaluation on license-service's side: a curated licence announces what it touches in the transaction that
 * stores it, and a re-evaluation runs the resolution of a registration, its outcome carrying the re-evaluation on.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
@WithTestResource(HubStubResource.class)
class ReevaluationRequestedConsumerTests {

    private static final Tokens TOKENS = Tokens.ofTestRealm();
    private static final Duration WAIT = Duration.ofSeconds(40);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper mapper;

    @Test
    void aCuratedLicenceAnnouncesTheChangeWithItsIdAndAliases() throws Exception {
        String before = given().auth().oauth2(TOKENS.accessToken("bob")).get("/api/licenses/Apache-2.0")
                .then().statusCode(200).extract().header("X-Knowledge-Version");
        ObjectNode apache = (ObjectNode) mapper.readTree(given().auth().oauth2(TOKENS.accessToken("bob"))
                .get("/api/licenses/Apache-2.0").then().extract().asString());
        apache.put("note", "Re-read by bob for the re-evaluation test.");
        String after = given().auth().oauth2(TOKENS.accessToken("bob")).contentType(ContentType.JSON).body(apache.toString())
                .put("/api/licenses/Apache-2.0").then().statusCode(200).extract().header("X-Knowledge-Version");

        List<CloudEventsClient.Event> changes;
        try (CloudEventsClient kafka = new CloudEventsClient(bootstrapServers)) {
            changes = kafka.await(Topics.KNOWLEDGE_CHANGED, e -> e.value().contains(after), 1, WAIT);
        }
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).header("ce_type")).isEqualTo(Topics.TYPE_KNOWLEDGE_CHANGED);
        KnowledgeChanged change = mapper.readValue(changes.get(0).value(), KnowledgeChanged.class);
        assertThat(change).extracting(KnowledgeChanged::kind, KnowledgeChanged::id, KnowledgeChanged::versionBefore,
                KnowledgeChanged::versionAfter, KnowledgeChanged::actor).containsExactly("license", "Apache-2.0", before, after, "bob");
        List<String> aliases = mapper.convertValue(apache.get("aliases"), mapper.getTypeFactory()
                .constructCollectionType(List.class, String.class));
        assertThat(change.licenses()).contains("Apache-2.0").containsAll(aliases);
        assertThat(change.models()).isEmpty();
    }

    @Test
    void aReevaluationIsResolvedLikeARegistrationAndCarriesTheReevaluationOn() throws Exception {
        UUID id = UUID.randomUUID();
        UUID job = UUID.randomUUID();
        String requested = """
                {"request": {"id": "%s", "requester": "alice", "submittedAt": "2026-11-26T10:00:00Z",
                             "model": {"name": "Llama 3.1 support bot", "source": "other", "license": "llama3.1"},
                             "intendedUse": {"activities": ["COMMERCIAL_PRODUCT"], "jurisdictions": ["US"]}},
                 "reevaluation": {"jobId": "%s", "trigger": "license llama3.1 changed by bob (b+r1 → b+r2)"}}
                """.formatted(id, job);
        try (CloudEventsClient kafka = new CloudEventsClient(bootstrapServers)) {
            kafka.send(Topics.REEVALUATION_REQUESTED, id.toString(), CloudEventsClient.newEventId(),
                    Topics.TYPE_REEVALUATION_REQUESTED, requested);
            List<CloudEventsClient.Event> resolved = kafka.await(Topics.LICENSE_RESOLVED, e -> id.toString().equals(e.key()),
                    1, WAIT);
            assertThat(resolved).hasSize(1);
            JsonNode event = mapper.readTree(resolved.get(0).value());
            assertThat(event.path("reevaluation").path("jobId").asText()).isEqualTo(job.toString());
            assertThat(event.path("reevaluation").path("trigger").asText()).startsWith("license llama3.1 changed by bob");
            assertThat(event.path("lineage").path("licenses").get(0).path("id").asText())
                    .isEqualTo("LicenseRef-Llama-3.1-Community");
            assertThat(kafka.await(Topics.DECISION_RECORDED,
                    e -> id.toString().equals(e.key()) && e.value().contains("RE-RESOLVED"), 1, WAIT)).hasSize(1);
        }
    }
}
