package io.modelintake.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import net.jimblackler.jsonschemafriend.SchemaStore;
import net.jimblackler.jsonschemafriend.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.spdx.v3jsonldstore.JsonLDStore;

/**
 * Issue 17 through the live pipeline: a Llama 3.1 request shows the missing acceptance until the company records
 * one (here through the accepted-licences page in Chromium, opened from the request page), then not; its SPDX
 * document carries the stored Llama text that license-service serves and the model's type from its card, and conforms
 * to the SPDX 3.0.1 schema. The request names no entity: it is for the company's default entity, whose acceptance
 * clears the finding in both services' views.
 */
class LicenseAcceptanceIT {

    static final String LLAMA = "LicenseRef-Llama-3.1-Community";
    static final String LLAMA_REQUEST = """
            {"model": {"name": "Llama 3.1 8B Instruct", "source": "huggingface",
                       "repoId": "meta-llama/Llama-3.1-8B-Instruct", "license": "llama3.1"},
             "intendedUse": {"activities": ["INTERNAL_TOOL"], "jurisdictions": ["DE"],
                             "description": "Internal support assistant"}}
            """;

    static RunningSystem system;
    static Api api;
    static String approval;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
        api = new Api(system);
        approval = system.url(RunningSystem.APPROVAL);
    }

    @Test
    void aLlamaRequestShowsTheMissingAcceptanceUntilOneIsRecordedThenNot() throws Exception {
        UUID id = api.submit("alice", LLAMA_REQUEST);
        JsonPath engineersView = api.awaitSettled("alice", id);
        assertThat(engineersView.getString("intendedUse.entity")).as("the company's default entity")
                .isEqualTo("Acme GmbH");
        assertThat(engineersView.getList("findings.code", String.class)).as("intake-service's view shows it too")
                .contains("LICENSE_ACCEPTANCE_MISSING");
        assertThat(engineersView.getList("riskRules", String.class)).as("it counts in the risk tier")
                .contains("LICENSE_ACCEPTANCE_MISSING");

        JsonPath before = approvalView(id);
        assertThat(before.getList("findings.code", String.class)).contains("LICENSE_ACCEPTANCE_MISSING");
        String storedText = given().auth().oauth2(api.token("carol"))
                .get(system.url(RunningSystem.LICENSE) + "/api/licenses/" + LLAMA + "/text")
                .then().statusCode(200).extract().asString();
        String sha256 = before.getString("lineage.licenses.find { it.id == '" + LLAMA + "' }.textSha256");
        assertThat(sha256).as("the lineage names the text license-service serves").isEqualTo(sha256(storedText));

        try (Browser bob = new Browser()) {
            bob.loginAs(approval + "/ui/requests/" + id, "bob");
            assertThat(bob.find("#download-spdx").getAttribute("href")).endsWith("/ui/requests/" + id + "/spdx");
            assertThat(bob.find("#download-cyclonedx").getAttribute("href")).endsWith("/ui/requests/" + id + "/bom");
            bob.find("tr.lineage-licence[data-license-id='" + LLAMA + "'] a.record-acceptance").click();
            assertThat(bob.find("#acceptance-license").getAttribute("value")).isEqualTo(LLAMA);
            assertThat(bob.find("#acceptance-sha256").getAttribute("value")).isEqualTo(sha256);
            bob.driver().findElement(By.id("acceptance-entity")).sendKeys("Acme GmbH");
            bob.screenshot("acceptance-form");
            bob.driver().findElement(By.id("acceptance-submit")).click();
            bob.find("#acceptance-recorded");
            assertThat(bob.find("#acceptances tr.acceptance[data-license-id='" + LLAMA + "']").getText())
                    .contains("Acme GmbH").contains("bob").contains("meta-llama/Llama-3.1-8B-Instruct");
            bob.screenshot("accepted-licences");
        }

        assertThat(approvalView(id).getList("findings.code", String.class)).doesNotContain("LICENSE_ACCEPTANCE_MISSING");
        UUID another = api.submit("alice", LLAMA_REQUEST);
        assertThat(api.awaitSettled("alice", another).getList("findings.code", String.class))
                .doesNotContain("LICENSE_ACCEPTANCE_MISSING");
        assertThat(approvalView(another).getList("findings.code", String.class))
                .as("the company accepted this text: a second Llama 3.1 request needs no new acceptance")
                .doesNotContain("LICENSE_ACCEPTANCE_MISSING");
        try (Browser carol = new Browser()) {
            carol.loginAs(approval + "/ui/license-acceptances", "carol");
            carol.find("#acceptances");
            assertThat(carol.has("#acceptance-form")).as("auditors read, never record").isFalse();
        }

        String spdx = given().auth().oauth2(api.token("carol")).get(approval + "/api/requests/" + id + "/spdx")
                .then().statusCode(200).extract().asString();
        assertThat(spdxSchemaViolations(spdx)).isEmpty();
        JsonNode graph = new ObjectMapper().readTree(spdx).path("@graph");
        assertThat(graph.findValuesAsText("simplelicensing_licenseText")).contains(storedText);
        assertThat(graph.findValuesAsText("type")).contains("ai_AIPackage", "Relationship", "SpdxDocument");
        assertThat(graph.findValues("ai_typeOfModel")).as("from the known model's card")
                .anySatisfy(types -> assertThat(types.toString()).contains("transformer"));
    }

    private static JsonPath approvalView(UUID id) {
        return given().auth().oauth2(api.token("bob")).get(approval + "/api/approvals/" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    /** The SPDX 3.0.1 JSON schema as the SPDX Java tools ship it (spdx-v3jsonld-store). */
    private static String spdxSchemaViolations(String document) throws Exception {
        try (var schema = JsonLDStore.class.getResourceAsStream("/resources/schema-v3.0.1.json")) {
            new Validator().validate(new SchemaStore(true).loadSchema(schema),
                    new ObjectMapper().readValue(document, Map.class));
            return "";
        } catch (net.jimblackler.jsonschemafriend.ValidationException e) {
            return e.getMessage();
        }
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
