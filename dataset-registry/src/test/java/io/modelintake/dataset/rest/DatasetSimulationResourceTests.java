package io.modelintake.dataset.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelintake.testsupport.KafkaTestResource;
import io.modelintake.testsupport.KeycloakTestResource;
import io.modelintake.testsupport.PostgresTestResource;
import io.modelintake.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code POST /api/datasets/simulate}: requests assessed with the datasets in use and a candidate, nothing stored. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class DatasetSimulationResourceTests {

    static final Tokens TOKENS = Tokens.ofTestRealm();

    @Inject
    ObjectMapper mapper;

    @Test
    void anUnchangedCandidateChangesNoFindingAndTheVersionStays() throws Exception {
        String versionBefore = version();
        UUID id = UUID.randomUUID();

        JsonPath answer = simulate("bob", body("datasets", entry("/api/datasets/mnist"), id)).statusCode(200)
                .body("knowledgeVersion", equalTo(versionBefore))
                .body("candidateVersion", equalTo(versionBefore + "+candidate"))
                .body("requests[0].requestId", equalTo(id.toString()))
                .extract().jsonPath();

        assertThat(answer.getList("requests[0].after")).isEqualTo(answer.getList("requests[0].before")).isNotEmpty();
        assertThat(version()).isEqualTo(versionBefore);
    }

    @Test
    void anInvalidCandidateIsAProblemNamingItAndEngineersMayNotAsk() throws Exception {
        ObjectNode withdrawn = entry("/api/datasets/mnist");
        withdrawn.put("status", "WITHDRAWN");
        simulate("bob", body("datasets", withdrawn, UUID.randomUUID())).statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("mnist"));

        ObjectNode source = (ObjectNode) mapper.readTree(given().auth().oauth2(TOKENS.accessToken("bob"))
                .get("/api/sources").then().statusCode(200).extract().jsonPath().prettify()).path("items").get(0);
        source.put("checked", LocalDate.now().plusDays(2).toString());
        simulate("carol", body("dataSources", source, UUID.randomUUID())).statusCode(400)
                .body("detail", containsString("dataSources[0]"));

        simulate("alice", body("datasets", entry("/api/datasets/mnist"), UUID.randomUUID())).statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }

    private ObjectNode entry(String path) throws Exception {
        return (ObjectNode) mapper.readTree(given().auth().oauth2(TOKENS.accessToken("bob")).get(path)
                .then().statusCode(200).extract().asString());
    }

    private static String version() {
        return given().auth().oauth2(TOKENS.accessToken("bob")).get("/api/datasets/mnist").then().statusCode(200)
                .extract().header("X-Knowledge-Version");
    }

    /** One candidate and one request trained on MNIST for a commercial product, as approval-service hands it. */
    private static String body(String field, ObjectNode candidate, UUID id) {
        return """
                {"%s": [%s],
                 "requests": [{
                   "request": {"id": "%s", "requester": "alice", "submittedAt": "2026-12-01T10:00:00Z",
                     "model": {"name": "Digits", "source": "other", "license": "MIT", "datasets": ["mnist"]},
                     "intendedUse": {"activities": ["COMMERCIAL_PRODUCT"], "jurisdictions": ["US"]}},
                   "lineage": {"modelId": "Digits", "licenseExpression": "MIT", "licenseOrigin": "request",
                     "datasets": [{"id": "mnist", "namedBy": "Digits"}]}}]}
                """.formatted(field, candidate, id);
    }

    private static ValidatableResponse simulate(String user, String body) {
        return given().auth().oauth2(TOKENS.accessToken(user)).contentType(ContentType.JSON).body(body)
                .post("/api/datasets/simulate").then();
    }
}
