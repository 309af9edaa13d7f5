package io.modelintake.approval.rest;

import static io.modelintake.approval.AssessedRequests.TOKENS;
import static io.modelintake.approval.AssessedRequests.deliver;
import static io.modelintake.approval.AssessedRequests.deliverFor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Citation;
import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.events.Topics;
import io.modelintake.testsupport.CloudEventsClient;
import io.modelintake.testsupport.KafkaTestResource;
import io.modelintake.testsupport.KeycloakTestResource;
import io.modelintake.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The company's record of accepted licences over the real database, broker and Keycloak: a Llama request shows the
 * missing acceptance until one is recorded, then not; each acceptance is a decision record; roles gate it.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class LicenseAcceptanceResourceTests {

    private static final String LLAMA = "LicenseRef-Llama-3.1-Community";
    private static final Citation CLICK_THROUGH = new Citation("https://www.llama.com/llama3_1/license/",
            "preamble: \"By clicking “I Accept” below or by using or distributing any portion or element of the Llama"
                    + " Materials, you agree to be bound by this Agreement.\"");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

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
    void aLlamaRequestShowsTheMissingAcceptanceUntilOneIsRecordedThenNot() {
        // a text of its own per test, so that no other test's acceptance covers it
        String sha256 = randomSha256();
        UUID id = llamaRequest(sha256);
        findingCodes(id).body("findings.code", hasItem("LICENSE_ACCEPTANCE_MISSING"))
                .body("findings.find { it.code == 'LICENSE_ACCEPTANCE_MISSING' }.citations[0].clause",
                        startsWith("preamble"));

        String body = """
                {"licenseId": "%s", "textSha256": "%s", "entity": "Acme GmbH", "requestId": "%s",
                 "note": "Legal read the agreement"}""".formatted(LLAMA, sha256, id);
        String location = accept("erin", body).statusCode(201)
                .body("entity", equalTo("Acme GmbH"))
                .body("acceptedBy", equalTo("erin"))
                .body("licenseName", equalTo("Llama 3.1 Community License Agreement"))
                .body("models", hasItem(org.hamcrest.Matchers.startsWith("acme/"))).extract().header("Location");
        given().auth().oauth2(TOKENS.accessToken("carol")).get(location).then().statusCode(200)
                .body("textSha256", equalTo(sha256)).body("requestId", equalTo(id.toString()));

        findingCodes(id).body("findings.code", not(hasItem("LICENSE_ACCEPTANCE_MISSING")));
        accept("bob", body).statusCode(409).contentType(startsWith("application/problem+json"));
        assertThat(kafka.await(Topics.DECISION_RECORDED, e -> e.value().contains("LICENSE_ACCEPTANCE")
                && e.value().contains(sha256), 1, Duration.ofSeconds(20))).hasSize(1);
        given().auth().oauth2(TOKENS.accessToken("carol")).get("/api/license-acceptances").then().statusCode(200)
                .body("textSha256", hasItem(sha256));
    }

    @Test
    void aChangedTextNeedsAnAcceptanceOfItsOwn() {
        String older = randomSha256();
        accept("bob", """
                {"licenseId": "%s", "textSha256": "%s", "entity": "Acme GmbH"}""".formatted(LLAMA, older))
                .statusCode(201);

        UUID id = llamaRequest(randomSha256());

        findingCodes(id).body("findings.find { it.code == 'LICENSE_ACCEPTANCE_MISSING' }.message",
                org.hamcrest.Matchers.containsString("Only another entity or an earlier text was accepted"));
    }

    @Test
    void onlyTheRequestsEntityAcceptingClearsTheFindingWhichCountsInTheTier() {
        String sha256 = randomSha256();
        UUID id = deliverFor(kafka, "Acme Japan KK", "alice", "Llama 3.1 support bot", List.of(Activity.INTERNAL_TOOL),
                List.of(new Lineage.LicenseTerms(LLAMA, "Llama 3.1 Community License Agreement", sha256, CLICK_THROUGH)));

        findingCodes(id).body("riskTier", equalTo("MEDIUM"))
                .body("riskRules.id", hasItem("LICENSE_ACCEPTANCE_MISSING"))
                .body("proposedConditions", hasItem(containsString("on behalf of Acme Japan KK")));
        assertThat(kafka.await(Topics.APPROVAL_OPENED, e -> e.key().equals(id.toString())
                && e.value().contains("LICENSE_ACCEPTANCE_MISSING"), 1, Duration.ofSeconds(20)))
                .as("intake-service learns the finding with the tier").hasSize(1);
        assertThat(kafka.await(Topics.DECISION_RECORDED, e -> e.value().contains("RISK_TIERING")
                && e.value().contains(id.toString()) && e.value().contains("LICENSE_ACCEPTANCE_MISSING"), 1,
                Duration.ofSeconds(20))).as("the tiering's record names the rule").hasSize(1);

        accept("bob", """
                {"licenseId": "%s", "textSha256": "%s", "entity": "Acme GmbH"}""".formatted(LLAMA, sha256))
                .statusCode(201);
        findingCodes(id).body("findings.find { it.code == 'LICENSE_ACCEPTANCE_MISSING' }.message",
                startsWith("Acme Japan KK has not recorded its acceptance"));
        decide(id, "APPROVE_WITH_CONDITIONS", "Acme GmbH").statusCode(400)
                .body("detail", containsString("the request is for Acme Japan KK"));

        accept("bob", """
                {"licenseId": "%s", "textSha256": "%s", "entity": "Acme Japan KK"}""".formatted(LLAMA, sha256))
                .statusCode(201);
        findingCodes(id).body("findings.code", not(hasItem("LICENSE_ACCEPTANCE_MISSING")));
    }

    @Test
    void anAcceptanceForARequestMustNameItsLicenceText() {
        UUID id = llamaRequest(randomSha256());

        accept("bob", """
                {"licenseId": "%s", "textSha256": "%s", "entity": "Acme GmbH", "requestId": "%s"}"""
                .formatted(LLAMA, randomSha256(), id)).statusCode(400).body("detail", startsWith("textSha256"));
        accept("bob", """
                {"licenseId": "MIT", "entity": "Acme GmbH", "requestId": "%s"}""".formatted(id)).statusCode(400);
        accept("bob", """
                {"licenseId": "%s", "textSha256": "not-a-hash", "entity": "Acme GmbH"}""".formatted(LLAMA))
                .statusCode(400);
    }

    @Test
    void onlyOfficersAndAdminsRecordAndEngineersDoNotRead() {
        String body = """
                {"licenseId": "%s", "textSha256": "%s", "entity": "Acme GmbH"}""".formatted(LLAMA, randomSha256());
        accept("carol", body).statusCode(403);
        accept("alice", body).statusCode(403);
        given().auth().oauth2(TOKENS.accessToken("alice")).get("/api/license-acceptances").then().statusCode(403);
        given().get("/api/license-acceptances").then().statusCode(401);
    }

    @Test
    void approvingWithTheConditionToAcceptRecordsTheAcceptance() {
        String sha256 = randomSha256();
        UUID id = llamaRequest(sha256);

        decide(id, "APPROVE", "Acme KK").statusCode(400).body("detail", startsWith("acceptLicensesFor"));
        decide(id, "APPROVE_WITH_CONDITIONS", "Acme KK").statusCode(200)
                .body("conditions", hasItem(org.hamcrest.Matchers.containsString("on behalf of Acme KK")));

        findingCodes(id).body("findings.code", not(hasItem("LICENSE_ACCEPTANCE_MISSING")));
        assertThat(kafka.await(Topics.APPROVAL_DECIDED, e -> e.key().equals(id.toString())
                && e.value().contains("\"findings\":[]"), 1, Duration.ofSeconds(20)))
                .as("the decision tells intake-service the acceptance is no longer missing").hasSize(1);
        given().auth().oauth2(TOKENS.accessToken("carol")).get("/api/license-acceptances").then().statusCode(200)
                .body("find { it.textSha256 == '" + sha256 + "' }.entity", equalTo("Acme KK"))
                .body("find { it.textSha256 == '" + sha256 + "' }.acceptedBy", equalTo("bob"))
                .body("find { it.textSha256 == '" + sha256 + "' }.requestId", equalTo(id.toString()));
    }

    private UUID llamaRequest(String sha256) {
        return deliver(kafka, "alice", "Llama 3.1 support bot", List.of(Activity.INTERNAL_TOOL),
                List.of(new Lineage.LicenseTerms(LLAMA, "Llama 3.1 Community License Agreement", sha256, CLICK_THROUGH)));
    }

    private static ValidatableResponse findingCodes(UUID id) {
        return given().auth().oauth2(TOKENS.accessToken("carol")).get("/api/approvals/" + id).then().statusCode(200);
    }

    private static ValidatableResponse accept(String user, String body) {
        return given().auth().oauth2(TOKENS.accessToken(user)).contentType(ContentType.JSON).body(body)
                .post("/api/license-acceptances").then();
    }

    private static ValidatableResponse decide(UUID id, String decision, String entity) {
        return given().auth().oauth2(TOKENS.accessToken("bob")).contentType(ContentType.JSON)
                .body("{\"decision\": \"" + decision + "\", \"justification\": \"Llama licence read by legal\","
                        + " \"acceptLicensesFor\": \"" + entity + "\"}")
                .post("/api/approvals/" + id + "/decisions").then();
    }

    private static String randomSha256() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
