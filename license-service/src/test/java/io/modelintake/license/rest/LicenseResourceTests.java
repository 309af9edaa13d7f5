package io.modelintake.license.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelintake.license.HubStubResource;
import io.modelintake.testsupport.KafkaTestResource;
import io.modelintake.testsupport.KeycloakTestResource;
import io.modelintake.testsupport.PostgresTestResource;
import io.modelintake.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The licence knowledge and the dry run over REST, with real tokens. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
@WithTestResource(HubStubResource.class)
class LicenseResourceTests {

    static final Tokens TOKENS = Tokens.ofTestRealm();

    @Inject
    ObjectMapper mapper;

    @Test
    void theSeededLicencesArePagedAndFilteredByCategory() {
        given().auth().oauth2(TOKENS.accessToken("carol")).queryParam("size", 500).get("/api/licenses")
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(40))
                .body("items.id", hasItem("Apache-2.0"));
        given().auth().oauth2(TOKENS.accessToken("alice")).queryParam("category", "PERMISSIVE").queryParam("size", 500)
                .get("/api/licenses")
                .then().statusCode(200)
                .body("items.id", hasItem("MIT"))
                .body("items.category", everyItem(equalTo("permissive")));
    }

    @Test
    void aHuggingFaceTagResolvesToItsLicence() {
        given().auth().oauth2(TOKENS.accessToken("alice")).get("/api/licenses/creativeml-openrail-m")
                .then().statusCode(200)
                .header("Content-Location", startsWith("/api/licenses/"))
                .body("sourceUrl", startsWith("http"))
                .body("activities.SERVE_AS_API.verdict", equalTo("CONDITIONAL"));
        given().auth().oauth2(TOKENS.accessToken("alice")).get("/api/licenses/no-such-licence")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    void onlyOfficersCurateAndAnInvalidEntryIsRefused() throws Exception {
        ObjectNode mit = (ObjectNode) mapper.readTree(given().auth().oauth2(TOKENS.accessToken("bob"))
                .get("/api/licenses/MIT").then().statusCode(200).extract().asString());
        mit.put("note", "Checked again by bob.");
        given().auth().oauth2(TOKENS.accessToken("alice")).contentType(ContentType.JSON).body(mit.toString())
                .put("/api/licenses/MIT").then().statusCode(403);
        String before = given().auth().oauth2(TOKENS.accessToken("bob")).get("/api/licenses/MIT")
                .then().extract().header("X-Knowledge-Version");
        String after = given().auth().oauth2(TOKENS.accessToken("bob")).contentType(ContentType.JSON).body(mit.toString())
                .put("/api/licenses/MIT").then().statusCode(200).body("note", equalTo("Checked again by bob."))
                .extract().header("X-Knowledge-Version");
        assertThat(after).isNotEqualTo(before);

        ((ObjectNode) mit.get("activities")).remove("DISTILL");
        given().auth().oauth2(TOKENS.accessToken("bob")).contentType(ContentType.JSON).body(mit.toString())
                .put("/api/licenses/MIT").then().statusCode(400).contentType(startsWith("application/problem+json"));
    }

    @Test
    void aCuratedEntryWithANulCharacterIsAProblemNamingTheField() throws Exception {
        ObjectNode mit = (ObjectNode) mapper.readTree(given().auth().oauth2(TOKENS.accessToken("bob"))
                .get("/api/licenses/MIT").then().statusCode(200).extract().asString());
        mit.put("note", "Checked\u0000 by bob.");
        given().auth().oauth2(TOKENS.accessToken("bob")).contentType(ContentType.JSON).body(mit.toString())
                .put("/api/licenses/MIT").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem("note"));
    }

    @Test
    void theDryRunAnswersFindingsWithoutFilingARequest() {
        given().auth().oauth2(TOKENS.accessToken("alice")).contentType(ContentType.JSON)
                .body("""
                        {"model": {"name": "Juggernaut XL v9", "repoId": "RunDiffusion/Juggernaut-XL-v9",
                                   "license": "creativeml-openrail-m", "baseModels": ["stabilityai/stable-diffusion-xl-base-1.0"]},
                         "intendedUse": {"activities": ["SERVE_AS_API", "SELL_OUTPUTS"], "jurisdictions": ["US", "EU"],
                                         "expectedMonthlyActiveUsers": 5000}}
                        """)
                .post("/api/licenses/evaluate")
                .then().statusCode(200)
                .body("findings.findAll { it.activity == 'SERVE_AS_API' && it.verdict == 'PROHIBITED' }.code",
                        hasItem("LICENSE_ADDENDUM_RESTRICTS_ACTIVITY"))
                .body("findings.findAll { it.verdict == 'PROHIBITED' }.citations.flatten().url", everyItem(startsWith("http")))
                .body("knowledgeVersion", startsWith("license-knowledge-"));
        given().auth().oauth2(TOKENS.accessToken("carol")).contentType(ContentType.JSON)
                .body("{\"model\": {\"name\": \"x\", \"license\": \"mit\"}, \"intendedUse\": {\"activities\": [\"INTERNAL_TOOL\"], \"jurisdictions\": [\"US\"]}}")
                .post("/api/licenses/evaluate").then().statusCode(403);
    }

    @Test
    void theDryRunScreensAnEuUseUnderTheEuAiAct() {
        given().auth().oauth2(TOKENS.accessToken("alice")).contentType(ContentType.JSON)
                .body("""
                        {"model": {"name": "CV screener", "repoId": "meta-llama/Llama-3.1-8B-Instruct"},
                         "intendedUse": {"activities": ["INTERNAL_TOOL"], "jurisdictions": ["DE"],
                                         "euAiAct": {"role": "DEPLOYER", "annexIIIArea": "EMPLOYMENT"}}}
                        """)
                .post("/api/licenses/evaluate")
                .then().statusCode(200)
                .body("findings.findAll { it.ruleId == 'EU_AI_ACT_ANNEX_III_4_EMPLOYMENT' }.severity", hasItem("HIGH"))
                .body("findings.findAll { it.ruleId == 'EU_AI_ACT_ART25_1_C_REPURPOSED_GPAI_SYSTEM' }.subject.id",
                        hasItem("meta-llama/Llama-3.1-8B"));
    }

    @Test
    void theApiDescriptionNamesTheLicenseEntryOfTheGenericKnowledgeEndpoints() throws Exception {
        var api = mapper.readTree(given().auth().oauth2(TOKENS.accessToken("carol")).queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200).extract().asString());
        var entry = api.at("/paths/~1api~1licenses~1{id}");
        assertThat(entry.at("/put/requestBody/content/application~1json/schema/$ref").asText()).as(entry.toString())
                .endsWith("/LicenseEntry");
        assertThat(entry.at("/get/parameters/0/name").asText()).as(entry.toString()).isEqualTo("id");
    }
}
