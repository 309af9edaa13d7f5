package io.modelintake.approval.rest;

import static io.modelintake.approval.AssessedRequests.TOKENS;
import static io.modelintake.approval.AssessedRequests.deliver;
import static io.modelintake.approval.AssessedRequests.finding;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.Verdict;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The approval rules of DESIGN.md enforced on the server, with real tokens of the demo users. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class ApprovalResourceTests {

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
    void aHighRiskRequestNeedsTwoDistinctOfficers() {
        UUID id = deliver(kafka, "alice", "Some model", List.of(Activity.COMMERCIAL_PRODUCT),
                finding(Severity.HIGH, Verdict.UNSPECIFIED, Activity.COMMERCIAL_PRODUCT));
        given().auth().oauth2(TOKENS.accessToken("bob")).queryParam("status", "PENDING").get("/api/approvals")
                .then().statusCode(200).body("items.requestId", hasItem(id.toString()));

        decide("bob", id, "APPROVE", "Licence allows it; the unknown terms were checked by legal.")
                .statusCode(200)
                .body("state", equalTo("PENDING"))
                .body("riskTier", equalTo("HIGH"))
                .body("approvers", contains("bob"))
                .body("awaitsSecondApproval", equalTo(true));
        decide("bob", id, "APPROVE", "Again").statusCode(409).contentType(startsWith("application/problem+json"));

        decide("dave", id, "APPROVE", "Agree with bob.").statusCode(200).body("state", equalTo("APPROVED"));
        decide("dave", id, "REJECT", "Changed my mind").statusCode(409);

        assertThat(kafka.await(Topics.APPROVAL_DECIDED, e -> id.toString().equals(e.key()), 1, Duration.ofSeconds(20)))
                .singleElement().satisfies(e -> assertThat(e.value()).contains("\"outcome\":\"APPROVED\"")
                        .contains("bob").contains("dave"));
        assertThat(kafka.await(Topics.APPROVAL_OPENED, e -> id.toString().equals(e.key()), 1, Duration.ofSeconds(20)))
                .singleElement().satisfies(e -> assertThat(e.value()).contains("\"riskTier\":\"HIGH\""));
    }

    @Test
    void everyResponseCarriesTheBrowserHardeningHeaders() {
        given().auth().oauth2(TOKENS.accessToken("bob")).get("/api/approvals").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'none'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void nobodyDecidesTheirOwnRequest() {
        UUID franks = deliver(kafka, "frank", "Frank's model", List.of(Activity.INTERNAL_RESEARCH),
                finding(Severity.INFO, Verdict.ALLOWED, Activity.INTERNAL_RESEARCH));
        decide("frank", franks, "APPROVE", "Looks fine to me").statusCode(403)
                .contentType(startsWith("application/problem+json"));
        decide("bob", franks, "APPROVE", "Permissive licence, internal research only").statusCode(200)
                .body("state", equalTo("APPROVED"));
    }

    @Test
    void auditorsReadEverythingAndDecideNothingEngineersSeeNoQueue() {
        UUID id = deliver(kafka, "alice", "Read only", List.of(Activity.INTERNAL_RESEARCH),
                finding(Severity.INFO, Verdict.ALLOWED, Activity.INTERNAL_RESEARCH));
        given().auth().oauth2(TOKENS.accessToken("carol")).get("/api/approvals/" + id).then().statusCode(200)
                .body("findings[0].citations[0].clause", equalTo("§4(a)"));
        decide("carol", id, "APPROVE", "I am an auditor").statusCode(403);
        given().auth().oauth2(TOKENS.accessToken("alice")).get("/api/approvals").then().statusCode(403);
        given().get("/api/approvals").then().statusCode(401).contentType(startsWith("application/problem+json"));
    }

    @Test
    void aDecisionWithoutJustificationOrWithEmptyConditionsIsRefused() {
        UUID id = deliver(kafka, "alice", "Medium", List.of(Activity.COMMERCIAL_PRODUCT),
                finding(Severity.WARNING, Verdict.CONDITIONAL, Activity.COMMERCIAL_PRODUCT));
        decide("bob", id, "APPROVE", " ").statusCode(400).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(TOKENS.accessToken("bob")).contentType(ContentType.JSON)
                .body("{\"decision\": \"APPROVE_WITH_CONDITIONS\", \"justification\": \"ok\", \"conditions\": []}")
                .post("/api/approvals/" + id + "/decisions").then().statusCode(400);
        given().auth().oauth2(TOKENS.accessToken("bob")).contentType(ContentType.JSON)
                .body("{\"decision\": \"APPROVE_WITH_CONDITIONS\", \"justification\": \"Attribution is needed\","
                        + " \"conditions\": [\"Include the licence text\"]}")
                .post("/api/approvals/" + id + "/decisions").then().statusCode(200)
                .body("riskTier", equalTo("MEDIUM"))
                .body("state", equalTo("APPROVED_WITH_CONDITIONS"))
                .body("conditions", contains("Include the licence text"));
    }

    @Test
    void aNullOrBlankConditionIsAProblemNamingItsPlaceInTheList() {
        UUID id = deliver(kafka, "alice", "Conditions", List.of(Activity.COMMERCIAL_PRODUCT),
                finding(Severity.WARNING, Verdict.CONDITIONAL, Activity.COMMERCIAL_PRODUCT));
        decideWith(id, "{\"decision\": \"APPROVE_WITH_CONDITIONS\", \"justification\": \"x\", \"conditions\": [null]}")
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", contains("conditions[0]"));
        decideWith(id, "{\"decision\": \"APPROVE_WITH_CONDITIONS\", \"justification\": \"x\","
                + " \"conditions\": [\"Attribution\", \" \"]}")
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", contains("conditions[1]"));
        given().auth().oauth2(TOKENS.accessToken("bob")).get("/api/approvals/" + id).then().statusCode(200)
                .body("state", equalTo("PENDING"));
    }

    @Test
    void aNulCharacterIsAProblemNamingTheFieldNotAServerError() {
        UUID id = deliver(kafka, "alice", "Nul", List.of(Activity.INTERNAL_RESEARCH),
                finding(Severity.INFO, Verdict.ALLOWED, Activity.INTERNAL_RESEARCH));
        decideWith(id, "{\"decision\": \"APPROVE\", \"justification\": \"Fine\\u0000\"}")
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", contains("justification"))
                .body("violations[0].message", equalTo("must not contain the NUL character (U+0000)"));
        decideWith(id, "{\"decision\": \"APPROVE_WITH_CONDITIONS\", \"justification\": \"Fine\","
                + " \"conditions\": [\"Attribution\", \"\\u0000\"]}")
                .statusCode(400)
                .body("violations.field", contains("conditions[1]"));

        given().auth().oauth2(TOKENS.accessToken("carol")).urlEncodingEnabled(false).accept(ContentType.JSON)
                .get("/api/audit/records?model=Nul%00").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", contains("model"));
        given().auth().oauth2(TOKENS.accessToken("bob")).urlEncodingEnabled(false)
                .get("/api/approvals?model=%00").then().statusCode(400)
                .body("violations.field", contains("model"));
        decide("bob", id, "APPROVE", "Fine").statusCode(200).body("state", equalTo("APPROVED"));
    }

    @Test
    void aProhibitedRequestIsRejectedByPolicyAndAnExceptionNeedsTwoOfficers() {
        UUID id = deliver(kafka, "alice", "Juggernaut", List.of(Activity.SERVE_AS_API),
                finding(Severity.BLOCKER, Verdict.PROHIBITED, Activity.SERVE_AS_API));
        given().auth().oauth2(TOKENS.accessToken("bob")).get("/api/approvals/" + id).then().statusCode(200)
                .body("riskTier", equalTo("PROHIBITED"))
                .body("state", equalTo("REJECTED"))
                .body("signatures[0].actor", startsWith("policy:"));
        assertThat(kafka.await(Topics.APPROVAL_DECIDED, e -> id.toString().equals(e.key()), 1, Duration.ofSeconds(20)))
                .singleElement().satisfies(e -> assertThat(e.value()).contains("\"outcome\":\"REJECTED\""));

        decide("bob", id, "APPROVE", "Please").statusCode(409);
        decide("bob", id, "GRANT_EXCEPTION", "The author granted API use in writing (ticket 42).")
                .statusCode(200).body("state", equalTo("REJECTED")).body("approvers", contains("bob"));
        decide("dave", id, "GRANT_EXCEPTION", "Permission letter checked.").statusCode(200)
                .body("state", equalTo("APPROVED"));
    }

    @Test
    void anUnknownDecisionIsAProblemNamingTheField() {
        UUID id = deliver(kafka, "alice", "Bad body", List.of(Activity.INTERNAL_RESEARCH),
                finding(Severity.INFO, Verdict.ALLOWED, Activity.INTERNAL_RESEARCH));
        given().auth().oauth2(TOKENS.accessToken("bob")).contentType(ContentType.JSON)
                .body("{\"decision\": \"MAYBE\", \"justification\": \"hm\"}")
                .post("/api/approvals/" + id + "/decisions").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations[0].field", equalTo("decision"));
        given().auth().oauth2(TOKENS.accessToken("bob")).contentType(ContentType.JSON)
                .body("{\"decision\": \"APPROVE\", \"justification\": \"fine\"}")
                .post("/api/approvals/" + UUID.randomUUID() + "/decisions").then().statusCode(404);
    }

    private static ValidatableResponse decideWith(UUID id, String body) {
        return given().auth().oauth2(TOKENS.accessToken("bob")).contentType(ContentType.JSON).body(body)
                .post("/api/approvals/" + id + "/decisions").then();
    }

    private static ValidatableResponse decide(String officer, UUID id, String decision, String justification) {
        return given().auth().oauth2(TOKENS.accessToken(officer)).contentType(ContentType.JSON)
                .body("{\"decision\": \"" + decision + "\", \"justification\": \"" + justification + "\"}")
                .post("/api/approvals/" + id + "/decisions").then();
    }
}
