package io.modelintake.license.rest;

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

/**
 * {@code POST /api/licenses/simulate}: a request evaluated with the licences in use and with a candidate, from its
 * resolved lineage (no Hub stub runs here: none is asked), and nothing stored.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class LicenseSimulationResourceTests {

    static final Tokens TOKENS = Tokens.ofTestRealm();

    @Inject
    ObjectMapper mapper;

    @Test
    void aCandidateThatProhibitsTheActivityChangesTheVerdictAndStoresNothing() throws Exception {
        ObjectNode mit = mit();
        String versionBefore = version();
        ((ObjectNode) mit.with("activities").get("COMMERCIAL_PRODUCT")).put("verdict", "PROHIBITED");
        UUID id = UUID.randomUUID();

        JsonPath answer = simulate("bob", body(mit, id)).statusCode(200)
                .body("knowledgeVersion", equalTo(versionBefore))
                .body("candidateVersion", equalTo(versionBefore + "+candidate"))
                .body("requests[0].requestId", equalTo(id.toString()))
                .extract().jsonPath();

        assertThat(answer.getList("requests[0].before.findAll { it.activity == 'COMMERCIAL_PRODUCT' }.verdict"))
                .contains("CONDITIONAL").doesNotContain("PROHIBITED");
        assertThat(answer.getList("requests[0].after.findAll { it.activity == 'COMMERCIAL_PRODUCT' }.verdict"))
                .contains("PROHIBITED");
        assertThat(version()).isEqualTo(versionBefore);
        given().auth().oauth2(TOKENS.accessToken("bob")).get("/api/licenses/MIT").then().statusCode(200)
                .body("activities.COMMERCIAL_PRODUCT.verdict", equalTo("CONDITIONAL"));
    }

    @Test
    void aCurationDryRunValidatesTheEntryAndStoresNothing() throws Exception {
        ObjectNode mit = mit();
        String versionBefore = version();
        ((ObjectNode) mit.with("activities").get("COMMERCIAL_PRODUCT")).put("verdict", "PROHIBITED");

        given().auth().oauth2(TOKENS.accessToken("bob")).contentType(ContentType.JSON).body(mit.toString())
                .queryParam("dryRun", true).put("/api/licenses/MIT").then().statusCode(200)
                .header("X-Dry-Run", "true")
                .header("X-Knowledge-Version", versionBefore + "+candidate")
                .body("activities.COMMERCIAL_PRODUCT.verdict", equalTo("PROHIBITED"));
        assertThat(version()).isEqualTo(versionBefore);
        given().auth().oauth2(TOKENS.accessToken("bob")).get("/api/licenses/MIT").then()
                .body("activities.COMMERCIAL_PRODUCT.verdict", equalTo("CONDITIONAL"));

        ((ObjectNode) mit.get("activities")).remove("DISTILL");
        given().auth().oauth2(TOKENS.accessToken("bob")).contentType(ContentType.JSON).body(mit.toString())
                .queryParam("dryRun", true).put("/api/licenses/MIT").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        given().auth().oauth2(TOKENS.accessToken("alice")).contentType(ContentType.JSON).body(mit().toString())
                .queryParam("dryRun", true).put("/api/licenses/MIT").then().statusCode(403);
    }

    @Test
    void officersAndAuditorsRunItEngineersDoNot() throws Exception {
        String body = body(mit(), UUID.randomUUID());
        simulate("alice", body).statusCode(403).contentType(startsWith("application/problem+json"));
        simulate("carol", body).statusCode(200);
        given().contentType(ContentType.JSON).body(body).post("/api/licenses/simulate").then().statusCode(401);
    }

    @Test
    void anInvalidCandidateIsAProblemNamingTheEntry() throws Exception {
        ObjectNode future = mit();
        future.put("checked", LocalDate.now().plusDays(3).toString());
        simulate("bob", body(future, UUID.randomUUID())).statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("licenses[0] 'MIT'"));

        ObjectNode incomplete = mit();
        ((ObjectNode) incomplete.get("activities")).remove("DISTILL");
        simulate("bob", body(incomplete, UUID.randomUUID())).statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("MIT"));

        simulate("bob", "{\"licenses\": []}").statusCode(400).contentType(startsWith("application/problem+json"));
    }

    private ObjectNode mit() throws Exception {
        return (ObjectNode) mapper.readTree(given().auth().oauth2(TOKENS.accessToken("bob")).get("/api/licenses/MIT")
                .then().statusCode(200).extract().asString());
    }

    private static String version() {
        return given().auth().oauth2(TOKENS.accessToken("bob")).get("/api/licenses/MIT").then().statusCode(200)
                .extract().header("X-Knowledge-Version");
    }

    /** The candidate and one MIT-licensed Hub model used in a commercial product, as approval-service hands it. */
    private static String body(ObjectNode licence, UUID id) {
        return """
                {"licenses": [%s],
                 "requests": [{
                   "request": {"id": "%s", "requester": "alice", "submittedAt": "2026-12-01T10:00:00Z",
                     "model": {"name": "Tool", "source": "huggingface", "repoId": "acme/tool", "license": "MIT"},
                     "intendedUse": {"activities": ["COMMERCIAL_PRODUCT"], "jurisdictions": ["US"]}},
                   "lineage": {"modelId": "acme/tool", "licenseExpression": "MIT", "licenseOrigin": "request",
                     "licenses": [{"id": "MIT", "name": "MIT License"}]}}]}
                """.formatted(licence, id);
    }

    private static ValidatableResponse simulate(String user, String body) {
        return given().auth().oauth2(TOKENS.accessToken(user)).contentType(ContentType.JSON).body(body)
                .post("/api/licenses/simulate").then();
    }
}
