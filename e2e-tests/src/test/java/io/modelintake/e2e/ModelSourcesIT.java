package io.modelintake.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Models from CivitAI and GitHub through the live pipeline, against stand-ins answering in the real formats of their
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
    void anAuditorIdentifiesAWeightsFileByItsHash() {
        given().auth().oauth2(api.token("carol"))
                .get(system.url(RunningSystem.LICENSE)
                        + "/api/models/by-hash/5D1E0A3C8B7F4A2E9C6D3B1A0F8E7D6C5B4A39281706F5E4D3C2B1A098765432")
                .then().statusCode(200)
                .body("knownBaseModel", org.hamcrest.Matchers.equalTo("black-forest-labs/FLUX.1-dev"));
    }
}
