package io.modelintake.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelintake.testsupport.MailServer;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 through the live pipeline: an approved request rests on a licence entry that an officer curates so that the
 * request's activity becomes PROHIBITED. license-service announces the change, intake-service re-evaluates the
 * requests it touches, and approval-service compares: the request goes UNDER_REVIEW with a re-review task, the
 * engineer and the officers get mail, the ledger
 * holds the re-evaluation with the knowledge versions before and after, officers reject it and the engineer sees why.
 */
class ReevaluationIT {

    /** A licence no other end-to-end test requests, so curating it moves only this test's request. */
    static final String LICENSE = "Zlib";
    static final String REQUEST = """
            {"model": {"name": "Zlib-licensed tagger", "source": "other", "license": "zlib"},
             "intendedUse": {"activities": ["INTERNAL_TOOL"], "jurisdictions": ["DE"],
                             "description": "Tags support tickets inside the company"}}
            """;

    static RunningSystem system;
    static Api api;
    static String approval;
    static String licenses;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
        api = new Api(system);
        approval = system.url(RunningSystem.APPROVAL);
        licenses = system.url(RunningSystem.LICENSE);
    }

    @Test
    void anApprovalWhoseLicenceNowProhibitsItsUseGoesUnderReviewAndTheOfficersRejectIt() throws Exception {
        UUID id = api.submit("alice", REQUEST);
        JsonPath assessed = api.awaitStatus("alice", id, "AWAITING_APPROVAL");
        api.approve(id, assessed.getString("riskTier"), "Zlib allows use for any purpose, internal tools included.");
        api.awaitStatus("alice", id, "APPROVED");

        String original = given().auth().oauth2(api.token("bob")).get(licenses + "/api/licenses/" + LICENSE)
                .then().statusCode(200).extract().asString();
        ObjectNode curated = (ObjectNode) new ObjectMapper().readTree(original);
        ObjectNode internalTool = (ObjectNode) curated.with("activities").with("INTERNAL_TOOL");
        internalTool.put("verdict", "PROHIBITED");
        internalTool.remove("obligations");
        internalTool.put("note", "Curated in ReevaluationIT: the company's counsel reads the terms as excluding internal tools.");

        // the dry run names this request before the change is saved, and changes nothing
        JsonPath simulated = given().auth().oauth2(api.token("bob")).contentType(ContentType.JSON)
                .body("{\"licenses\": [" + curated + "]}").post(approval + "/api/policy/simulate")
                .then().statusCode(200).extract().jsonPath();
        assertThat(simulated.getList("requests.requestId", String.class)).contains(id.toString());
        assertThat(api.request("alice", id).getString("status")).isEqualTo("APPROVED");

        try {
            given().auth().oauth2(api.token("bob")).contentType(ContentType.JSON).body(curated.toString())
                    .put(licenses + "/api/licenses/" + LICENSE).then().statusCode(200);

            JsonPath underReview = awaitStatus(id, "UNDER_REVIEW", Duration.ofSeconds(60));
            assertThat(underReview.getString("decision.outcome")).isEqualTo("UNDER_REVIEW");

            JsonPath task = given().auth().oauth2(api.token("bob")).get(approval + "/api/approvals/" + id)
                    .then().statusCode(200).extract().jsonPath();
            assertThat(task.getString("state")).isEqualTo("PENDING");
            assertThat(task.getString("review.kind")).isEqualTo("REEVALUATION");
            assertThat(task.getString("review.reason")).containsIgnoringCase(LICENSE);
            assertThat(task.getList("signatures")).as("the re-review's round starts unsigned").isEmpty();
            assertThat(task.getList("history[0].signatures.actor", String.class)).contains("bob");
            assertThat(task.getString("reevaluation.comparison.change")).isEqualTo("WORSE");
            assertThat(task.getList("previous.findings.verdict", String.class)).doesNotContain("PROHIBITED");
            assertThat(task.getList("findings.findAll { it.activity == 'INTERNAL_TOOL' }.verdict", String.class))
                    .contains("PROHIBITED");
            assertThat(given().auth().oauth2(api.token("bob")).queryParam("status", "PENDING").queryParam("review", true)
                    .get(approval + "/api/approvals").then().statusCode(200).extract().jsonPath()
                    .getList("items.requestId", String.class)).contains(id.toString());

            // the engineer and the officers got mail about the re-review, over real SMTP
            String model = "Zlib-licensed tagger";
            MailServer mail = system.mail();
            assertThat(mail.await("alice@model-intake.test",
                    m -> m.subject().equals("Your approved request for " + model + " is under review"), 1,
                    Duration.ofSeconds(60))).isNotEmpty();
            for (String officer : List.of("bob", "dave", "frank")) {
                assertThat(mail.await(officer + "@model-intake.test",
                        m -> m.subject().equals("Re-review needed: " + model), 1, Duration.ofSeconds(60))).isNotEmpty();
            }

            // the ledger appends decision records as they arrive from the bus: wait for the re-evaluation's. Each
            // exported entry is {sequence, previousHash, hash, record}.
            List<Map<String, Object>> records = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> given().auth().oauth2(api.token("carol")).accept("application/json")
                            .queryParam("requestId", id.toString()).get(approval + "/api/audit/records")
                            .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("record").stream()
                            .filter(record -> "REEVALUATION".equals(record.get("step"))).toList(), found -> !found.isEmpty());
            assertThat(records).first().satisfies(record -> {
                assertThat(record.get("actor")).isEqualTo("approval-service");
                assertThat(record.get("decision")).isEqualTo("WORSE");
                assertThat(String.valueOf(record.get("reasons"))).contains("LICENSE_PROHIBITS_ACTIVITY", "ACTION:OPEN_REVIEW");
                assertThat((String) record.get("knowledgeVersion")).as("both licence knowledge versions")
                        .matches("license \\S+ → \\S+; dataset .*; policy .*");
            });
            given().auth().oauth2(api.token("carol")).get(approval + "/api/audit/verify")
                    .then().statusCode(200).body("intact", org.hamcrest.Matchers.equalTo(true));

            api.decide("dave", id, "REJECT", "The curated Zlib terms exclude internal tools; find another tagger.",
                    List.of()).statusCode(200);
            JsonPath rejected = api.awaitStatus("alice", id, "REJECTED");
            assertThat(rejected.getString("decision.outcome")).isEqualTo("REJECTED");
            assertThat(rejected.getList("decision.signatures.justification", String.class))
                    .anySatisfy(justification -> assertThat(justification).contains("exclude internal tools"));
            assertThat(rejected.getList("findings.findAll { it.activity == 'INTERNAL_TOOL' }.verdict", String.class))
                    .as("the engineer sees the finding the rejection rests on").contains("PROHIBITED");
        } finally {
            given().auth().oauth2(api.token("bob")).contentType(ContentType.JSON).body(original)
                    .put(licenses + "/api/licenses/" + LICENSE).then().statusCode(200);
        }
    }

    private static JsonPath awaitStatus(UUID id, String status, Duration within) {
        await().atMost(within).pollInterval(Duration.ofMillis(500))
                .until(() -> status.equals(api.request("alice", id).getString("status")));
        return api.request("alice", id);
    }
}
