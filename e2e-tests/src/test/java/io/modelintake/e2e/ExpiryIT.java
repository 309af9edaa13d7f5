package io.modelintake.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Approvals expire and conditions are followed up (issue 15) in the running system: approval-service's clock is
 * moved (PUT /api/admin/clock, the local profile's test setting) past a condition's due date, into the re-review
 * window and past validUntil; each sweep is run at once (POST /api/admin/expiry-sweeps). Officers see the overdue
 * conditions (API and queue page); the engineer marks another met in Chromium, then sees the request UNDER_REVIEW
 * and EXPIRED through intake-service; the ledger holds the EXPIRY and CONDITION_FOLLOW_UP records and verifies.
 */
class ExpiryIT {

    private static final String RESEARCH_REQUEST = """
            {"model": {"name": "ResNet-50 (expiry)", "source": "huggingface", "repoId": "microsoft/resnet-50",
                       "license": "apache-2.0", "datasets": ["imagenet-1k"]},
             "intendedUse": {"activities": ["INTERNAL_RESEARCH"], "jurisdictions": ["DE"], "description": "benchmarks"}}
            """;

    static RunningSystem system;
    static Api api;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
        api = new Api(system);
    }

    @AfterAll
    static void resetClock() {
        if (system != null) {
            moveClock(Duration.ZERO);
        }
    }

    @Test
    void anUnrenewedApprovalExpiresAndItsConditionsAreFollowedUp() {
        UUID plain = api.submit("alice", RESEARCH_REQUEST);
        UUID conditional = api.submit("alice", RESEARCH_REQUEST);
        String tier = api.awaitStatus("alice", plain, "AWAITING_APPROVAL").getString("riskTier");
        api.awaitStatus("alice", conditional, "AWAITING_APPROVAL");

        api.approve(plain, tier, "Research use of a permissive model.");
        List<String> conditions = List.of("Cite the ResNet paper in every report", "Keep ImageNet use to research");
        approveWithConditions(conditional, tier, conditions);

        JsonPath approved = api.awaitStatus("alice", plain, "APPROVED");
        Instant validUntil = Instant.parse(approved.getString("decision.validUntil"));
        assertThat(validUntil).isAfter(Instant.now().plus(Duration.ofDays(150)));
        JsonPath approvedWithConditions = api.awaitStatus("alice", conditional, "APPROVED_WITH_CONDITIONS");
        assertThat(approvedWithConditions.getString("decision.validUntil")).isNotBlank();

        JsonPath followUp = conditionsOf("alice", conditional);
        assertThat(followUp.getList("owner", String.class)).containsExactly("alice", "alice");
        assertThat(followUp.getList("status", String.class)).containsExactly("OPEN", "OPEN");
        Instant due = Instant.parse(followUp.getString("[0].dueAt"));

        // A day past the conditions' due date: officers see them overdue.
        moveClock(Duration.between(Instant.now(), due).plusDays(1));
        sweep();
        List<Map<String, Object>> overdue = given().auth().oauth2(api.token("bob")).queryParam("overdue", true)
                .queryParam("size", 500).get(approvalUrl() + "/api/conditions")
                .then().statusCode(200).extract().jsonPath().getList("items.findAll { it.requestId == '" + conditional + "' }");
        assertThat(overdue).extracting(c -> c.get("status")).containsExactly("OVERDUE", "OVERDUE");
        try (Browser bob = new Browser()) {
            bob.loginAs(approvalUrl() + "/ui/queue", "bob");
            assertThat(bob.find("tr.overdue-row[data-request-id='" + conditional + "'][data-n='1']").getText())
                    .contains("Cite the ResNet paper").contains("alice");
            bob.screenshot("queue-overdue-conditions");
        }

        // The engineer marks the second one met with evidence in the web UI; it shows as met, the first stays overdue.
        try (Browser alice = new Browser()) {
            alice.loginAs(approvalUrl() + "/ui/my/" + conditional, "alice");
            assertThat(alice.find("#valid-until").getText()).contains("holds until");
            alice.find("#met-form-2 textarea[name='evidence']").sendKeys("https://wiki.example.org/research/imagenet-scope");
            alice.find("#met-form-2 button[type='submit']").click();
            alice.find("#condition-met");
            assertThat(alice.find("tr.condition[data-n='2'] .condition-status").getText()).isEqualToIgnoringCase("Met");
            assertThat(alice.has("#met-form-2")).isFalse();
            assertThat(alice.has("#met-form-1")).as("the overdue one can still be met").isTrue();
            alice.screenshot("engineer-condition-met");
        }
        JsonPath afterMet = conditionsOf("alice", conditional);
        assertThat(afterMet.getList("status", String.class)).containsExactly("OVERDUE", "MET");
        assertThat(afterMet.getString("[1].evidence")).isEqualTo("https://wiki.example.org/research/imagenet-scope");

        // Ten days before validUntil: the EXPIRY re-review opens and the engineer sees the request under review.
        moveClock(Duration.between(Instant.now(), validUntil).minusDays(10));
        sweep();
        api.awaitStatus("alice", plain, "UNDER_REVIEW");

        // Nobody renews it: a day past validUntil the request is EXPIRED.
        Instant lastValidUntil = Instant.parse(api.request("alice", conditional).getString("decision.validUntil"));
        moveClock(Duration.between(Instant.now(), lastValidUntil.isAfter(validUntil) ? lastValidUntil : validUntil)
                .plusDays(1));
        sweep();
        JsonPath expired = api.awaitStatus("alice", plain, "EXPIRED");
        assertThat(expired.getString("decision.outcome")).isEqualTo("EXPIRED");
        assertThat(expired.getString("decision.validUntil")).isEqualTo(approved.getString("decision.validUntil"));
        api.awaitStatus("alice", conditional, "EXPIRED");

        await().atMost(Duration.ofSeconds(30)).until(() -> auditRecords(plain).contains("\"step\":\"EXPIRY\""));
        assertThat(auditRecords(plain)).contains("\"decision\":\"EXPIRY_REVIEW_OPENED\"", "\"decision\":\"EXPIRED\"");
        await().atMost(Duration.ofSeconds(30)).until(() -> auditRecords(conditional).contains("\"decision\":\"EXPIRED\""));
        assertThat(auditRecords(conditional)).contains("\"step\":\"CONDITION_FOLLOW_UP\"",
                "\"decision\":\"CONDITIONS_ASSIGNED\"", "\"decision\":\"CONDITION_OVERDUE\"", "\"decision\":\"CONDITION_MET\"");
        given().auth().oauth2(api.token("carol")).get(approvalUrl() + "/api/audit/verify")
                .then().statusCode(200).body("intact", equalTo(true));
    }

    private static void approveWithConditions(UUID id, String tier, List<String> conditions) {
        api.decide("bob", id, "APPROVE_WITH_CONDITIONS", "Research only, with conditions.", conditions).statusCode(200);
        if ("HIGH".equals(tier)) {
            api.decide("dave", id, "APPROVE_WITH_CONDITIONS", "Agreed.", conditions).statusCode(200);
        }
    }

    private static JsonPath conditionsOf(String user, UUID id) {
        return given().auth().oauth2(api.token(user)).get(approvalUrl() + "/api/approvals/" + id + "/conditions")
                .then().statusCode(200).extract().jsonPath();
    }

    private static String auditRecords(UUID id) {
        return given().auth().oauth2(api.token("carol")).accept("application/x-ndjson").queryParam("requestId", id.toString())
                .get(approvalUrl() + "/api/audit/records").then().statusCode(200).extract().asString();
    }

    private static void moveClock(Duration offset) {
        given().auth().oauth2(api.token("erin")).contentType(ContentType.JSON)
                .body("{\"offset\": \"" + offset + "\"}").put(approvalUrl() + "/api/admin/clock").then().statusCode(200);
    }

    private static void sweep() {
        given().auth().oauth2(api.token("erin")).post(approvalUrl() + "/api/admin/expiry-sweeps").then().statusCode(200);
    }

    private static String approvalUrl() {
        return system.url(RunningSystem.APPROVAL);
    }
}
