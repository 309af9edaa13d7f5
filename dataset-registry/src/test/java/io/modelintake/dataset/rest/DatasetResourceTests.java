package io.modelintake.dataset.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The dataset knowledge over REST: read by every role, curated by officers only, versioned and recorded. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class DatasetResourceTests {

    static final Tokens TOKENS = Tokens.ofTestRealm();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper mapper;

    @Test
    void everyRoleReadsTheSeededDatasetsPagedAndFiltered() {
        given().auth().oauth2(TOKENS.accessToken("alice")).queryParam("size", 500).get("/api/datasets")
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(100))
                .body("items.id", hasItem("imagenet-1k"));
        given().auth().oauth2(TOKENS.accessToken("carol")).queryParam("flag", "FACES_BIOMETRICS").queryParam("size", 500)
                .get("/api/datasets")
                .then().statusCode(200)
                .body("items.id", hasItem("ffhq"))
                .body("items.id", not(hasItem("mnist")));
        given().auth().oauth2(TOKENS.accessToken("bob")).get("/api/sources").then().statusCode(200)
                .body("items.id", hasItem("flickr"));
    }

    @Test
    void anAliasResolvesToItsDataset() {
        given().auth().oauth2(TOKENS.accessToken("alice")).get("/api/datasets/ILSVRC2012")
                .then().statusCode(200)
                .header("Content-Location", "/api/datasets/imagenet-1k")
                .body("id", equalTo("imagenet-1k"))
                .body("sourceUrl", startsWith("http"));
        given().auth().oauth2(TOKENS.accessToken("alice")).get("/api/datasets/laion/laion2B-en")
                .then().statusCode(200).body("flags", hasItem("PERSONAL_DATA"));
        given().auth().oauth2(TOKENS.accessToken("alice")).get("/api/datasets/no-such-dataset")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().get("/api/datasets").then().statusCode(401);
    }

    @Test
    void anOfficerCuratesADatasetWhichIsVersionedAndRecorded() throws Exception {
        String current = given().auth().oauth2(TOKENS.accessToken("bob")).get("/api/datasets/mnist")
                .then().statusCode(200).extract().asString();
        String versionBefore = given().auth().oauth2(TOKENS.accessToken("bob")).get("/api/datasets/mnist")
                .then().extract().header("X-Knowledge-Version");
        ObjectNode curated = (ObjectNode) mapper.readTree(current);
        curated.put("note", "Re-checked by bob against the publisher's page.");

        given().auth().oauth2(TOKENS.accessToken("alice")).contentType(ContentType.JSON).body(curated.toString())
                .put("/api/datasets/mnist").then().statusCode(403);
        given().auth().oauth2(TOKENS.accessToken("carol")).contentType(ContentType.JSON).body(curated.toString())
                .put("/api/datasets/mnist").then().statusCode(403);

        String versionAfter = given().auth().oauth2(TOKENS.accessToken("bob")).contentType(ContentType.JSON)
                .body(curated.toString()).put("/api/datasets/mnist")
                .then().statusCode(200).body("note", equalTo("Re-checked by bob against the publisher's page."))
                .extract().header("X-Knowledge-Version");
        assertThat(versionAfter).isNotEqualTo(versionBefore);

        try (CloudEventsClient kafka = new CloudEventsClient(bootstrapServers)) {
            assertThat(kafka.await(Topics.DECISION_RECORDED,
                    e -> e.value().contains("\"KNOWLEDGE_CHANGE\"") && e.value().contains("mnist"), 1, Duration.ofSeconds(20)))
                    .singleElement().satisfies(e -> assertThat(e.value()).contains("\"actor\":\"bob\""));
        }
    }

    @Test
    void anEntryThatBreaksTheKnowledgeIsRefusedNamingWhy() throws Exception {
        ObjectNode broken = (ObjectNode) mapper.readTree(given().auth().oauth2(TOKENS.accessToken("bob"))
                .get("/api/datasets/cifar-10").then().statusCode(200).extract().asString());
        ((ObjectNode) broken.get("activities")).remove("DISTILL");
        given().auth().oauth2(TOKENS.accessToken("bob")).contentType(ContentType.JSON).body(broken.toString())
                .put("/api/datasets/cifar-10").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", org.hamcrest.Matchers.containsString("cifar-10"));
        given().auth().oauth2(TOKENS.accessToken("bob")).get("/api/datasets/cifar-10").then().statusCode(200)
                .body("activities.keySet()", everyItem(org.hamcrest.Matchers.notNullValue()))
                .body("activities.DISTILL", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void theApiDescriptionNamesTheDatasetEntryOfTheGenericKnowledgeEndpoints() throws Exception {
        var api = mapper.readTree(given().auth().oauth2(TOKENS.accessToken("carol")).queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200).extract().asString());
        var entry = api.at("/paths/~1api~1datasets~1{id}");
        assertThat(entry.at("/put/requestBody/content/application~1json/schema/$ref").asText()).as(entry.toString())
                .endsWith("/DatasetEntry");
        assertThat(entry.at("/get/parameters/0/name").asText()).as(entry.toString()).isEqualTo("id");
    }
}
