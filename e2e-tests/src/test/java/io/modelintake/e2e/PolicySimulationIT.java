package io.modelintake.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The policy and knowledge dry run on the running system (issue 15): an approved request on the MIT licence is named
 * by a candidate MIT entry that prohibits its activity, with its tier and verdict before → after, while the licence
 * knowledge stays as it was; a candidate risk policy that raises the tier names it too.
 */
class PolicySimulationIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    static RunningSystem system;
    static Api api;
    static UUID approved;
    static String tier;

    @BeforeAll
    static void anApprovedRequestOnMit() {
        system = RunningSystem.shared();
        api = new Api(system);
        approved = api.submit("alice", """
                {"model": {"name": "Log parser", "source": "other", "license": "MIT"},
                 "intendedUse": {"activities": ["INTERNAL_TOOL"], "jurisdictions": ["US"],
                                 "description": "parses build logs for the platform team"}}
                """);
        JsonPath assessed = api.awaitSettled("alice", approved);
        assertThat(assessed.getString("status")).isEqualTo("AWAITING_APPROVAL");
        tier = assessed.getString("riskTier");
        api.approve(approved, tier, "MIT allows an internal tool.");
        api.awaitStatus("alice", approved, "APPROVED");
    }

    @Test
    void aCandidateLicenceThatProhibitsTheActivityNamesTheRequestAndStoresNothing() throws Exception {
        String licence = system.url(RunningSystem.LICENSE) + "/api/licenses/MIT";
        io.restassured.response.Response current = given().auth().oauth2(api.token("bob")).get(licence);
        String versionBefore = current.header("X-Knowledge-Version");
        ObjectNode candidate = (ObjectNode) JSON.readTree(current.asString());
        ((ObjectNode) candidate.with("activities").get("INTERNAL_TOOL")).put("verdict", "PROHIBITED");

        JsonPath answer = simulate(JSON.writeValueAsString(Map.of("licenses", List.of(candidate))));

        assertThat(answer.getString("versions.licenses.current")).isEqualTo(versionBefore);
        assertThat(answer.getString("versions.licenses.candidate")).isEqualTo(versionBefore + "+candidate");
        String mine = "requests.find { it.requestId == '" + approved + "' }";
        assertThat(answer.getMap(mine)).as(answer.prettify()).isNotNull()
                .containsEntry("tierBefore", tier).containsEntry("status", "APPROVED").containsEntry("model", "Log parser");
        assertThat(answer.getString(mine + ".tierAfter")).isNotEqualTo(tier);
        List<Map<String, Object>> changed = answer.getList(mine + ".findings.findAll { it.activity == 'INTERNAL_TOOL' }");
        assertThat(changed).as(answer.prettify())
                .anySatisfy(finding -> assertThat(finding).containsEntry("verdictAfter", "PROHIBITED")
                        .doesNotContainEntry("verdictBefore", "PROHIBITED"));
        assertThat(answer.getList(mine + ".firedRules.id", String.class)).isNotEmpty();

        given().auth().oauth2(api.token("bob")).get(licence).then().statusCode(200)
                .header("X-Knowledge-Version", versionBefore);
        assertThat(given().auth().oauth2(api.token("bob")).get(licence).jsonPath()
                .getString("activities.INTERNAL_TOOL.verdict")).isEqualTo("ALLOWED");
        assertThat(api.request("alice", approved).getString("status")).isEqualTo("APPROVED");
    }

    @Test
    void aCandidateRiskPolicyThatRaisesTheTierNamesTheRequest() throws Exception {
        String policy = """
                version: "it-candidate"
                followUp:
                  approvalValidity: {LOW: P24M, MEDIUM: P12M, HIGH: P6M, PROHIBITED: P6M}
                  reviewBefore: P30D
                  conditionDue: {LOW: P90D, MEDIUM: P60D, HIGH: P30D, PROHIBITED: P30D}
                rules:
                  - id: EVERY_LICENCE_TO_TWO_OFFICERS
                    why: A stricter policy under discussion, every licence finding needs four eyes.
                    tier: HIGH
                    when:
                      finding:
                        subjectKind: [license]
                """;

        JsonPath answer = simulate(JSON.writeValueAsString(Map.of("riskPolicy", policy)));

        assertThat(answer.getString("versions.policy.candidate")).isEqualTo("it-candidate");
        String mine = "requests.find { it.requestId == '" + approved + "' }";
        if (!"HIGH".equals(tier)) {
            assertThat(answer.getMap(mine)).as(answer.prettify()).isNotNull()
                    .containsEntry("tierBefore", tier).containsEntry("tierAfter", "HIGH");
            assertThat(answer.getList(mine + ".firedRules.id", String.class))
                    .containsExactly("EVERY_LICENCE_TO_TWO_OFFICERS");
            assertThat(answer.getInt("tierRaised")).isPositive();
        } else {
            // already HIGH: the candidate keeps it HIGH, so the request is not among those that would change
            assertThat(answer.getList("requests.requestId", String.class)).doesNotContain(approved.toString());
        }
    }

    private static JsonPath simulate(String body) {
        return given().auth().oauth2(api.token("bob")).contentType(ContentType.JSON).body(body)
                .post(system.url(RunningSystem.APPROVAL) + "/api/policy/simulate")
                .then().statusCode(200).extract().jsonPath();
    }
}
