package io.modelintake.approval.service;

import static io.modelintake.approval.AssessedRequests.TOKENS;
import static io.modelintake.approval.AssessedRequests.deliver;
import static io.modelintake.approval.AssessedRequests.finding;
import static io.modelintake.approval.AssessedRequests.reassess;
import static io.modelintake.approval.AssessedRequests.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Citation;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.Subject;
import io.modelintake.contracts.SubjectKind;
import io.modelintake.contracts.Verdict;
import io.modelintake.contracts.events.DatasetsAssessed;
import io.modelintake.contracts.events.KnowledgeChanged;
import io.modelintake.contracts.events.Reevaluation;
import io.modelintake.contracts.events.Topics;
import io.modelintake.testsupport.CloudEventsClient;
import io.modelintake.testsupport.KafkaTestResource;
import io.modelintake.testsupport.KeycloakTestResource;
import io.modelintake.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Re-evaluated requests over the real broker: compared, re-tiered or re-reviewed, recorded and announced once. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class ReevaluationTests {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    RiskPolicyVersions policyVersions;

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
    void anApprovalThatGotWorseGoesUnderReviewOnceAndOfficersRejectIt() {
        UUID id = deliver(kafka, "alice", "Zlib tool", List.of(Activity.INTERNAL_TOOL),
                zlib(Verdict.ALLOWED, Severity.INFO, "LICENSE_ALLOWS_ACTIVITY"));
        decide("bob", id, "APPROVE", "Permissive licence").statusCode(200).body("state", equalTo("APPROVED"));

        UUID job = UUID.randomUUID();
        DatasetsAssessed worse = reassess(id, new Reevaluation(job, "license Zlib changed by bob (r1 → r2)"),
                "license-test-2", zlib(Verdict.PROHIBITED, Severity.BLOCKER, "LICENSE_PROHIBITS_ACTIVITY"));
        String eventId = CloudEventsClient.newEventId();
        send(kafka, worse, eventId);
        send(kafka, worse, eventId);

        assertThat(decided(id, 2)).extracting(CloudEventsClient.Event::value).last().asString()
                .contains("\"outcome\":\"UNDER_REVIEW\"", "\"sequence\":2", "\"riskTier\":\"PROHIBITED\"");
        assertThat(kafka.await(Topics.REQUEST_REEVALUATED, e -> id.toString().equals(e.key()), 1, WAIT))
                .singleElement().satisfies(e -> assertThat(e.value()).contains("\"comparison\":\"WORSE\"",
                        "\"jobId\":\"" + job + "\"", "\"tierBefore\":\"LOW\"", "\"tierAfter\":\"PROHIBITED\""));
        String record = recordOf(id, "\"REEVALUATION\"");
        assertThat(record).contains("\"decision\":\"WORSE\"", "LICENSE_PROHIBITS_ACTIVITY", "ACTION:OPEN_REVIEW",
                "license license-test → license-test-2", "dataset dataset-test (unchanged)");

        JsonPath view = view(id);
        assertThat(view.getString("state")).isEqualTo("PENDING");
        assertThat(view.getString("riskTier")).isEqualTo("PROHIBITED");
        assertThat(view.getString("review.kind")).isEqualTo("REEVALUATION");
        assertThat(view.getString("review.reason")).contains("license Zlib changed by bob");
        assertThat(view.getList("signatures")).isEmpty();
        assertThat(view.getList("history[0].signatures.actor", String.class)).containsExactly("bob");
        assertThat(view.getString("previous.riskTier")).isEqualTo("LOW");
        assertThat(view.getList("previous.findings.code", String.class)).containsExactly("LICENSE_ALLOWS_ACTIVITY");
        assertThat(view.getList("findings.code", String.class)).contains("LICENSE_PROHIBITS_ACTIVITY");
        assertThat(view.getString("reevaluation.comparison.change")).isEqualTo("WORSE");
        assertThat(view.getString("reevaluation.comparison.findingChanges[0].why"))
                .contains("verdict ALLOWED → PROHIBITED");
        given().auth().oauth2(TOKENS.accessToken("bob")).queryParam("review", true).queryParam("status", "PENDING")
                .get("/api/approvals").then().statusCode(200).body("items.requestId", hasItem(id.toString()));
        given().auth().oauth2(TOKENS.accessToken("bob")).queryParam("review", false)
                .get("/api/approvals").then().statusCode(200).body("items.requestId", not(hasItem(id.toString())));

        decide("bob", id, "APPROVE", "Still fine").statusCode(409);
        decide("dave", id, "REJECT", "Zlib as curated now prohibits internal tools").statusCode(200)
                .body("state", equalTo("REJECTED"));
        assertThat(decided(id, 3)).extracting(CloudEventsClient.Event::value).last().asString()
                .contains("\"outcome\":\"REJECTED\"", "\"sequence\":3", "dave");
        assertThat(recordOf(id, "REVIEW:REEVALUATION")).contains("\"decision\":\"REJECT\"");
    }

    @Test
    void aPendingTaskTakesTheNewTierAndADecidedOneThatStayedTheSameStands() {
        UUID pending = deliver(kafka, "alice", "Pending", List.of(Activity.COMMERCIAL_PRODUCT),
                finding(Severity.WARNING, Verdict.CONDITIONAL, Activity.COMMERCIAL_PRODUCT));
        assertThat(view(pending).getString("riskTier")).isEqualTo("MEDIUM");
        send(kafka, reassess(pending, new Reevaluation(UUID.randomUUID(), "dataset imagenet-1k changed by dave"),
                "license-test-2", finding(Severity.INFO, Verdict.ALLOWED, Activity.COMMERCIAL_PRODUCT)),
                CloudEventsClient.newEventId());
        assertThat(kafka.await(Topics.REQUEST_REEVALUATED, e -> pending.toString().equals(e.key()), 1, WAIT))
                .singleElement().satisfies(e -> assertThat(e.value()).contains("\"comparison\":\"BETTER\""));
        await().atMost(WAIT).until(() -> "LOW".equals(view(pending).getString("riskTier")));
        assertThat(view(pending).getString("state")).isEqualTo("PENDING");
        assertThat(view(pending).getString("previous.riskTier")).isEqualTo("MEDIUM");

        UUID approved = deliver(kafka, "alice", "Approved", List.of(Activity.INTERNAL_RESEARCH),
                finding(Severity.INFO, Verdict.ALLOWED, Activity.INTERNAL_RESEARCH));
        decide("bob", approved, "APPROVE", "Research").statusCode(200);
        send(kafka, reassess(approved, new Reevaluation(UUID.randomUUID(), "license Apache-2.0 changed by bob"),
                "license-test-2", finding(Severity.INFO, Verdict.ALLOWED, Activity.INTERNAL_RESEARCH)),
                CloudEventsClient.newEventId());
        assertThat(kafka.await(Topics.REQUEST_REEVALUATED, e -> approved.toString().equals(e.key()), 1, WAIT))
                .singleElement().satisfies(e -> assertThat(e.value()).contains("\"comparison\":\"SAME\""));
        assertThat(recordOf(approved, "\"REEVALUATION\"")).contains("\"decision\":\"SAME\"", "ACTION:STANDS");
        assertThat(view(approved).getString("state")).isEqualTo("APPROVED");
        assertThat(view(approved).getString("review")).isNull();
        assertThat(decided(approved, 1)).hasSize(1);
    }

    @Test
    void aNewRiskPolicyVersionIsAnnouncedOnceToEveryRequest() {
        assertThat(policyVersions.announce("test-next")).hasValueSatisfying(changed -> {
            assertThat(changed.kind()).isEqualTo("risk-policy");
            assertThat(changed.versionAfter()).isEqualTo("test-next");
            assertThat(changed.everyRequest()).isTrue();
        });
        assertThat(policyVersions.announce("test-next")).as("the same version again").isEmpty();
        assertThat(kafka.await(Topics.KNOWLEDGE_CHANGED, e -> e.value().contains("\"versionAfter\":\"test-next\""), 1,
                WAIT)).singleElement().satisfies(e -> assertThat(e.value()).contains("\"everyRequest\":true"));
        assertThat(policyVersions.announce(io.modelintake.approval.policy.RiskPolicy.loadBundled().version()))
                .as("back to the bundled policy is a change too").isPresent();
    }

    private static Finding zlib(Verdict verdict, Severity severity, String code) {
        return new Finding(code, severity, Subject.of(SubjectKind.LICENSE, "Zlib"), Activity.INTERNAL_TOOL, null, verdict,
                "Zlib for internal tools: " + verdict, List.of(),
                List.of(new Citation("https://opensource.org/license/zlib", "grant")), "LICENSE_GRANTS");
    }

    private List<CloudEventsClient.Event> decided(UUID id, int atLeast) {
        return kafka.await(Topics.APPROVAL_DECIDED, e -> id.toString().equals(e.key()), atLeast, WAIT);
    }

    private String recordOf(UUID id, String containing) {
        return kafka.await(Topics.DECISION_RECORDED, e -> id.toString().equals(e.key()) && e.value().contains(containing),
                1, WAIT).get(0).value();
    }

    private static JsonPath view(UUID id) {
        return given().auth().oauth2(TOKENS.accessToken("bob")).get("/api/approvals/" + id).then().statusCode(200)
                .extract().jsonPath();
    }

    private static ValidatableResponse decide(String officer, UUID id, String decision, String justification) {
        return given().auth().oauth2(TOKENS.accessToken(officer)).contentType(ContentType.JSON)
                .body("{\"decision\": \"" + decision + "\", \"justification\": \"" + justification + "\"}")
                .post("/api/approvals/" + id + "/decisions").then();
    }
}
