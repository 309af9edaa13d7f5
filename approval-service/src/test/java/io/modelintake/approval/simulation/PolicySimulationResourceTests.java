package io.modelintake.approval.simulation;

import static io.modelintake.approval.AssessedRequests.TOKENS;
import static io.modelintake.approval.AssessedRequests.deliver;
import static io.modelintake.approval.AssessedRequests.finding;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.Subject;
import io.modelintake.contracts.SubjectKind;
import io.modelintake.contracts.Verdict;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /api/policy/simulate}: who may run it, what it answers, what it refuses, and that it changes nothing. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class PolicySimulationResourceTests {

    /** The findings each request of these tests was assessed with, for {@link StubCandidateKnowledge}. */
    static final Map<UUID, List<Finding>> RECORDED = new ConcurrentHashMap<>();

    private static final String RAISING_POLICY = """
            version: "candidate-1"
            followUp:
              approvalValidity: {LOW: P24M, MEDIUM: P12M, HIGH: P6M, PROHIBITED: P6M}
              reviewBefore: P30D
              conditionDue: {LOW: P90D, MEDIUM: P60D, HIGH: P30D, PROHIBITED: P30D}
            rules:
              - id: CONDITIONAL_NEEDS_FOUR_EYES
                why: Any conditional grant needs two officers.
                tier: HIGH
                when:
                  finding:
                    verdict: [CONDITIONAL]
            """;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    StubCandidateKnowledge services;

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
    void aCandidatePolicyThatRaisesATierNamesTheRequestAndTheRuleAndStoresNothing() {
        UUID id = assessed("alice", List.of(), finding(Severity.WARNING, Verdict.CONDITIONAL, Activity.COMMERCIAL_PRODUCT));

        JsonPath answer = simulate("bob", body(null, RAISING_POLICY)).statusCode(200)
                .body("versions.policy.candidate", equalTo("candidate-1"))
                .body("versions.licenses.candidate", equalTo(null))
                .extract().jsonPath();

        Map<String, Object> request = change(answer, id);
        assertThat(request).containsEntry("tierBefore", "MEDIUM").containsEntry("tierAfter", "HIGH")
                .containsEntry("model", "Simulated").containsEntry("status", "PENDING");
        assertThat(answer.getList("requests.find { it.requestId == '" + id + "' }.firedRules.id"))
                .containsExactly("CONDITIONAL_NEEDS_FOUR_EYES");
        assertThat(answer.getInt("examined")).isGreaterThanOrEqualTo(1);
        assertThat(answer.getInt("tierRaised")).isGreaterThanOrEqualTo(1);
        given().auth().oauth2(TOKENS.accessToken("bob")).get("/api/approvals/" + id).then().statusCode(200)
                .body("riskTier", equalTo("MEDIUM"));
    }

    @Test
    void aCandidateLicenceIsEvaluatedForTheRequestsItTouchesOnly() {
        Lineage.LicenseTerms mit = new Lineage.LicenseTerms("MIT", "MIT License", null, null);
        UUID onMit = assessed("alice", List.of(mit), mitFinding());
        UUID elsewhere = assessed("alice", List.of(new Lineage.LicenseTerms("Apache-2.0", "Apache", null, null)),
                finding(Severity.INFO, Verdict.ALLOWED, Activity.COMMERCIAL_PRODUCT));

        JsonPath answer = simulate("carol", body("{\"id\": \"MIT\", \"name\": \"MIT License\"}", null)).statusCode(200)
                .body("versions.licenses.current", equalTo("licenses-r1"))
                .body("versions.licenses.candidate", equalTo("licenses-r1+candidate"))
                .extract().jsonPath();

        assertThat(services.handed()).extracting(assessed -> assessed.request().id()).contains(onMit).doesNotContain(elsewhere);
        Map<String, Object> request = change(answer, onMit);
        assertThat(request).containsEntry("tierBefore", "LOW").containsEntry("tierAfter", "PROHIBITED");
        String finding = "requests.find { it.requestId == '" + onMit + "' }.findings[0].";
        assertThat(answer.getString(finding + "codeAfter")).isEqualTo("MIT_GRANT");
        assertThat(answer.getString(finding + "verdictBefore")).isEqualTo("ALLOWED");
        assertThat(answer.getString(finding + "verdictAfter")).isEqualTo("PROHIBITED");
        assertThat(answer.getString(finding + "subjectId")).isEqualTo("MIT");
        assertThat(answer.getList("requests.requestId")).doesNotContain(elsewhere.toString());
    }

    @Test
    void officersAndAuditorsRunItEngineersDoNot() {
        simulate("alice", body(null, RAISING_POLICY)).statusCode(403).contentType(startsWith("application/problem+json"));
        simulate("frank", body(null, RAISING_POLICY)).statusCode(200);
        given().contentType(ContentType.JSON).body(body(null, RAISING_POLICY)).post("/api/policy/simulate")
                .then().statusCode(401);
    }

    @Test
    void aBodyThatProposesNothingOrAnInvalidPolicyIsAProblemNamingIt() {
        simulate("bob", "{}").statusCode(400).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("propose at least one"));
        simulate("bob", body(null, "version: \"x\"\nrules:\n  - id: lower_case\n    why: no\n    tier: HIGH\n"
                + "    when: {finding: {verdict: [PROHIBITED]}}\n")).statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations[0].field", equalTo("riskPolicy"))
                .body("detail", containsString("lower_case"));
        simulate("bob", "{\"datasets\": [null]}").statusCode(400).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("datasets[0]"));
        simulate("bob", "not json").statusCode(400);
    }

    private UUID assessed(String requester, List<Lineage.LicenseTerms> licences, Finding... findings) {
        UUID id = deliver(kafka, requester, "Simulated", List.of(Activity.COMMERCIAL_PRODUCT), licences, findings);
        RECORDED.put(id, List.of(findings));
        return id;
    }

    private static Finding mitFinding() {
        Finding allowed = finding(Severity.INFO, Verdict.ALLOWED, Activity.COMMERCIAL_PRODUCT);
        return new Finding("MIT_GRANT", Severity.INFO, Subject.of(SubjectKind.LICENSE, "MIT"),
                Activity.COMMERCIAL_PRODUCT, null, Verdict.ALLOWED,
                "MIT allows it", List.of(), allowed.citations(), "LICENSE_GRANT_PER_ACTIVITY");
    }

    private static Map<String, Object> change(JsonPath answer, UUID id) {
        Map<String, Object> change = answer.getMap("requests.find { it.requestId == '" + id + "' }");
        assertThat(change).as("the answer names request %s: %s", id, answer.prettify()).isNotNull();
        return change;
    }

    private static String body(String licence, String policy) {
        StringBuilder body = new StringBuilder("{");
        if (licence != null) {
            body.append("\"licenses\": [").append(licence).append("]");
        }
        if (policy != null) {
            body.append(licence != null ? ", " : "").append("\"riskPolicy\": ").append(quote(policy));
        }
        return body.append("}").toString();
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static ValidatableResponse simulate(String user, String body) {
        return given().auth().oauth2(TOKENS.accessToken(user)).contentType(ContentType.JSON).body(body)
                .post("/api/policy/simulate").then();
    }
}
