package io.modelintake.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Models from CivitAI and GitHub through the live pipeline (the API and the engineer's form in Chromium), against stand-ins answering in the real formats of their
 * APIs (resources hub/: CivitAI's /api/v1/models and /api/v1/model-versions, GitHub's /repos/{owner}/{repo}/license).
 */
class ModelSourcesIT {

    static RunningSystem system;
    static Api api;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
        api = new Api(system);
    }

    @Test
    void aCivitaiLoraOnFluxDevIsAcceptedAndItsBaseModelsNonCommercialLicenceRefusesAProduct() {
        UUID id = api.submit("alice", """
                {"model": {"name": "Neon Noir", "source": "civitai",
                           "sourceRef": "https://civitai.com/models/100001/neon-noir?modelVersionId=200001"},
                 "intendedUse": {"activities": ["COMMERCIAL_PRODUCT"], "jurisdictions": ["US"],
                                 "description": "style LoRA in the product"}}
                """);
        JsonPath settled = api.awaitSettled("alice", id);

        assertThat(settled.getString("lineage.baseModels[0].repoId"))
                .isEqualTo("black-forest-labs/FLUX.1-dev");
        List<String> codes = settled.getList("findings.code", String.class);
        assertThat(codes).contains("CIVITAI_PERMISSIONS", "BASE_MODEL_RESTRICTION_FLOWS_DOWN");
        assertThat(settled.getString("riskTier")).as("FLUX.1 [dev] is non-commercial whatever the creator permits")
                .isEqualTo("PROHIBITED");
    }

    @Test
    void aGithubModelIsAcceptedAndItsFindingsSayWhichLayerTheyRestOn() {
        UUID id = api.submit("alice", """
                {"model": {"name": "Segmenter", "source": "github", "sourceRef": "https://github.com/acme-vision/segmenter"},
                 "intendedUse": {"activities": ["INTERNAL_RESEARCH"], "jurisdictions": ["US"], "description": "evaluation"}}
                """);
        JsonPath settled = api.awaitSettled("alice", id);

        List<String> layers = settled.getList("findings.restsOn", String.class);
        assertThat(layers).contains("code", "weights");
        assertThat(settled.getList("findings.code", String.class)).contains("WEIGHTS_LICENSE_UNKNOWN");
        assertThat(settled.getString("riskTier")).as("the weights' licence is unknown: two officers").isEqualTo("HIGH");
    }

    @Test
    void anEngineerNamesACivitaiModelInTheFormAndABadReferenceIsShownBesideItsField() {
        try (Browser alice = new Browser()) {
            alice.loginAs(system.url(RunningSystem.APPROVAL) + "/ui/my/new", "alice");
            alice.find("#new-request-form");
            alice.driver().findElement(By.id("model-name-input")).sendKeys("Neon Noir");
            new Select(alice.driver().findElement(By.id("model-source"))).selectByValue("github");
            alice.driver().findElement(By.id("model-sourceRef")).sendKeys("not a repository");
            alice.driver().findElement(By.id("activity-COMMERCIAL_PRODUCT")).click();
            alice.driver().findElement(By.id("intendedUse-jurisdictions")).sendKeys("US");
            alice.driver().findElement(By.id("submit-request")).click();
            assertThat(alice.find("#error-model-sourceRef").getText()).contains("GitHub repository");
            alice.screenshot("new-request-source-ref-error");

            new Select(alice.driver().findElement(By.id("model-source"))).selectByValue("civitai");
            WebElement ref = alice.driver().findElement(By.id("model-sourceRef"));
            ref.clear();
            ref.sendKeys("https://civitai.com/models/100001/neon-noir?modelVersionId=200001");
            alice.driver().findElement(By.id("submit-request")).click();
            alice.find("#request-submitted");
            UUID id = UUID.fromString(alice.find("#request-id").getText().strip());

            JsonPath settled = api.awaitSettled("alice", id);
            assertThat(settled.getString("model.source")).isEqualTo("civitai");
            assertThat(settled.getString("lineage.baseModels[0].repoId")).isEqualTo("black-forest-labs/FLUX.1-dev");
            assertThat(settled.getString("riskTier")).isEqualTo("PROHIBITED");
        }
    }

    @Test
    void anAuditorIdentifiesAWeightsFileByItsHash() {
        given().auth().oauth2(api.token("carol"))
                .get(system.url(RunningSystem.LICENSE)
                        + "/api/models/by-hash/5D1E0A3C8B7F4A2E9C6D3B1A0F8E7D6C5B4A39281706F5E4D3C2B1A098765432")
                .then().statusCode(200)
                .body("knownBaseModel", org.hamcrest.Matchers.equalTo("black-forest-labs/FLUX.1-dev"));
    }
}
