package io.modelintake.approval.rest;

import static io.modelintake.approval.AssessedRequests.TOKENS;
import static io.modelintake.approval.AssessedRequests.deliver;
import static io.modelintake.approval.AssessedRequests.finding;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Approvals expire and conditions are followed up (issue 15), through the API with real tokens: validUntil on the
 * decision, owners and due dates, marking met with evidence, the sweep under a moved clock, and who may do what.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class ExpiryResourceTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    CloudEventsClient kafka;

    @BeforeEach
    void connect() {
        kafka = new CloudEventsClient(bootstrapServers);
    }

    @AfterEach
    void resetClockAndDisconnect() {
        moveClock("PT0S");
        kafka.close();
    }

    @Test
    void anApprovalWithConditionsExpiresAfterItsReviewWhileItsConditionsAreFollowedUp() throws Exception {
        UUID id = lowRiskRequest("alice");
        decide("bob", id, """
                {"decision": "APPROVE_WITH_CONDITIONS", "justification": "Fine with conditions.",
                 "conditions": ["Include the licence text", "Name the authors in the app"]}""").statusCode(200)
                .body("state", equalTo("APPROVED_WITH_CONDITIONS"));
        JsonNode approved = decided(id, "APPROVED_WITH_CONDITIONS");
        Instant validUntil = Instant.parse(approved.get("validUntil").asText());
        assertThat(validUntil).isAfter(Instant.now().plus(Duration.ofDays(150)));

        conditions("alice", id).statusCode(200)
                .body("n", contains(1, 2))
                .body("owner", contains("alice", "alice"))
                .body("status", contains("OPEN", "OPEN"));
        conditions("carol", id).statusCode(200);

        // Past the due date: the sweep records the conditions overdue, officers see them.
        Instant due = Instant.parse(conditions("alice", id).extract().jsonPath().getString("[0].dueAt"));
        moveClock(Duration.between(Instant.now(), due).plusDays(1).toString());
        sweep().statusCode(200);
        given().auth().oauth2(TOKENS.accessToken("bob")).queryParam("overdue", true).queryParam("size", 500)
                .get("/api/conditions").then().statusCode(200)
                .body("items.findAll { it.requestId == '" + id + "' }.status", contains("OVERDUE", "OVERDUE"));
        assertThat(records(id, "CONDITION_OVERDUE", 2)).hasSize(2);

        markMet("alice", id, 2, "https://wiki.example.org/legal/authors-page").statusCode(200)
                .body("status", equalTo("MET")).body("metBy", equalTo("alice"));
        markMet("alice", id, 2, "again").statusCode(409);
        conditions("alice", id).statusCode(200).body("status", contains("OVERDUE", "MET"))
                .body("evidence", contains(null, "https://wiki.example.org/legal/authors-page"));
        assertThat(records(id, "CONDITION_MET", 1)).singleElement().satisfies(r -> assertThat(r).contains("EVIDENCE_SHA256:"));

        // Within reviewBefore of validUntil: an EXPIRY re-review, announced UNDER_REVIEW, once.
        moveClock(Duration.between(Instant.now(), validUntil).minusDays(10).toString());
        sweep().statusCode(200).body("reviewsOpened", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        JsonNode review = decided(id, "UNDER_REVIEW");
        assertThat(review.get("sequence").asLong()).isEqualTo(approved.get("sequence").asLong() + 1);
        assertThat(review.get("validUntil").asText()).isEqualTo(approved.get("validUntil").asText());
        sweep().statusCode(200);
        assertThat(kafka.await(Topics.APPROVAL_DECIDED, e -> id.toString().equals(e.key()), 3, Duration.ofSeconds(8)))
                .as("the re-review opens once").hasSize(2);

        // Past validUntil and not renewed: EXPIRED, with an EXPIRY record, as the next decision.
        moveClock(Duration.between(Instant.now(), validUntil).plusDays(1).toString());
        sweep().statusCode(200);
        JsonNode expired = decided(id, "EXPIRED");
        assertThat(expired.get("sequence").asLong()).isEqualTo(review.get("sequence").asLong() + 1);
        assertThat(records(id, "\"EXPIRED\"", 1)).singleElement().satisfies(r -> assertThat(r).contains("\"EXPIRY\""));
        given().auth().oauth2(TOKENS.accessToken("bob")).get("/api/approvals/" + id).then().statusCode(200)
                .body("state", equalTo("EXPIRED"));
        markMet("alice", id, 1, "too late").statusCode(409).contentType(startsWith("application/problem+json"));
    }

    @Test
    void theOfficerNamesTheOwnerAndTheDueDateWithinTheValidity() {
        UUID id = lowRiskRequest("alice");
        LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(10);
        decide("bob", id, """
                {"decision": "APPROVE_WITH_CONDITIONS", "justification": "Fine.", "conditions": ["Legal signs off"],
                 "conditionOwner": "frank", "conditionsDue": "%s"}""".formatted(due)).statusCode(200);
        conditions("frank", id).statusCode(200).body("owner", contains("frank"))
                .body("dueAt", contains(due + "T23:59:59Z"));
        markMet("frank", id, 1, "Signed off in LEGAL-42").statusCode(200).body("status", equalTo("MET"));
    }

    @Test
    void aBadOwnerOrDueDateRefusesTheWholeDecision() {
        UUID id = lowRiskRequest("alice");
        decide("bob", id, """
                {"decision": "APPROVE_WITH_CONDITIONS", "justification": "Fine.", "conditions": ["Legal signs off"],
                 "conditionsDue": "2020-01-01"}""").statusCode(400).contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem("conditionsDue"));
        decide("bob", id, """
                {"decision": "APPROVE", "justification": "Fine.", "conditionOwner": "frank"}""").statusCode(400)
                .body("violations.field", hasItem("conditionOwner"));
        decide("bob", id, """
                {"decision": "APPROVE_WITH_CONDITIONS", "justification": "Fine.", "conditions": ["x"],
                 "conditionOwner": "<img src=x>"}""").statusCode(400).body("violations.field", hasItem("conditionOwner"));
        given().auth().oauth2(TOKENS.accessToken("bob")).get("/api/approvals/" + id).then().body("state", equalTo("PENDING"));
    }

    @Test
    void rolesGateTheFollowUp() {
        UUID franks = lowRiskRequest("frank");
        decide("bob", franks, """
                {"decision": "APPROVE_WITH_CONDITIONS", "justification": "Fine.", "conditions": ["Legal signs off"]}""")
                .statusCode(200);
        conditions("alice", franks).statusCode(403).contentType(startsWith("application/problem+json"));
        conditions("bob", franks).statusCode(200);
        markMet("alice", franks, 1, "I did it").statusCode(403);
        markMet("bob", franks, 1, "I did it").statusCode(403);
        markMet("carol", franks, 1, "I did it").statusCode(403);
        markMet("frank", franks, 1, "javascript:alert(1)").statusCode(400).body("violations.field", hasItem("evidence"));
        markMet("frank", franks, 1, " ").statusCode(400);
        markMet("frank", franks, 7, "Done").statusCode(404);
        given().auth().oauth2(TOKENS.accessToken("alice")).get("/api/conditions").then().statusCode(403);
        given().auth().oauth2(TOKENS.accessToken("carol")).get("/api/conditions").then().statusCode(200)
                .body("items.requestId", hasItems(franks.toString()));
        conditions("alice", UUID.randomUUID()).statusCode(404);

        given().auth().oauth2(TOKENS.accessToken("bob")).post("/api/admin/expiry-sweeps").then().statusCode(403);
        given().auth().oauth2(TOKENS.accessToken("bob")).contentType(ContentType.JSON).body("{\"offset\": \"P1D\"}")
                .put("/api/admin/clock").then().statusCode(403);
        given().auth().oauth2(TOKENS.accessToken("erin")).contentType(ContentType.JSON).body("{\"offset\": \"one day\"}")
                .put("/api/admin/clock").then().statusCode(400).body("violations.field", hasItem("offset"));
        given().auth().oauth2(TOKENS.accessToken("erin")).get("/api/admin/clock").then().statusCode(200)
                .body("offset", equalTo("PT0S"));
        given().get("/api/conditions").then().statusCode(401);
    }

    private UUID lowRiskRequest(String requester) {
        return deliver(kafka, requester, "Some model", List.of(Activity.INTERNAL_RESEARCH),
                finding(Severity.INFO, Verdict.ALLOWED, Activity.INTERNAL_RESEARCH));
    }

    private JsonNode decided(UUID id, String outcome) throws Exception {
        for (CloudEventsClient.Event event : kafka.await(Topics.APPROVAL_DECIDED,
                e -> id.toString().equals(e.key()) && e.value().contains("\"outcome\":\"" + outcome + "\""), 1,
                Duration.ofSeconds(20))) {
            JsonNode node = JSON.readTree(event.value());
            return node.has("data") ? node.get("data") : node;
        }
        throw new AssertionError("no " + outcome + " decision for " + id);
    }

    private List<String> records(UUID id, String decision, int count) {
        return kafka.await(Topics.DECISION_RECORDED, e -> id.toString().equals(e.key()) && e.value().contains(decision),
                count, Duration.ofSeconds(20)).stream().map(CloudEventsClient.Event::value).toList();
    }

    private static void moveClock(String offset) {
        given().auth().oauth2(TOKENS.accessToken("erin")).contentType(ContentType.JSON)
                .body("{\"offset\": \"" + offset + "\"}").put("/api/admin/clock").then().statusCode(200);
    }

    private static ValidatableResponse sweep() {
        return given().auth().oauth2(TOKENS.accessToken("erin")).post("/api/admin/expiry-sweeps").then();
    }

    private static ValidatableResponse decide(String officer, UUID id, String body) {
        return given().auth().oauth2(TOKENS.accessToken(officer)).contentType(ContentType.JSON).body(body)
                .post("/api/approvals/" + id + "/decisions").then();
    }

    private static ValidatableResponse conditions(String user, UUID id) {
        return given().auth().oauth2(TOKENS.accessToken(user)).get("/api/approvals/" + id + "/conditions").then();
    }

    private static ValidatableResponse markMet(String user, UUID id, int n, String evidence) {
        return given().auth().oauth2(TOKENS.accessToken(user)).contentType(ContentType.JSON)
                .body("{\"evidence\": \"" + evidence + "\"}").post("/api/approvals/" + id + "/conditions/" + n + "/met").then();
    }
}
