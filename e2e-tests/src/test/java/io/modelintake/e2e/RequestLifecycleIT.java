package io.modelintake.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.modelintake.contracts.events.Topics;
import io.modelintake.testsupport.CloudEventsClient;
import io.restassured.path.json.JsonPath;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests travel from submission through the four packaged services over the real broker to each final
 * decision, with real tokens; every step leaves a decision record, and the trail exports and verifies.
 */
class RequestLifecycleIT {

    static RunningSystem system;
    static Api api;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
        api = new Api(system);
    }

    @Test
    void aPermissiveModelForResearchIsApprovedAndItsTrailIsComplete() throws Exception {
        UUID id = api.submit("alice", """
                {"model": {"name": "ResNet-50", "source": "huggingface", "repoId": "microsoft/resnet-50", "license": "apache-2.0",
                           "datasets": ["imagenet-1k"]},
                 "intendedUse": {"activities": ["INTERNAL_RESEARCH"], "jurisdictions": ["DE"], "description": "benchmarks"}}
                """);
        JsonPath assessed = api.awaitSettled("alice", id);
        assertThat(assessed.getString("status")).isEqualTo("AWAITING_APPROVAL");
        assertThat(assessed.getList("findings.subject.kind", String.class)).contains("license", "dataset");
        String tier = assessed.getString("riskTier");
        assertThat(tier).isIn("LOW", "MEDIUM", "HIGH");

        api.approve(id, tier, "Research use of a permissive model; ImageNet terms allow research.");
        JsonPath approved = api.awaitStatus("alice", id, "APPROVED");
        assertThat(approved.getList("timeline.step", String.class))
                .contains("REGISTRATION", "LICENSE_RESOLVED", "DATASETS_ASSESSED", "AWAITING_APPROVAL", "APPROVED");
        assertThat(approved.getList("decision.signatures.actor", String.class)).contains("bob");

        try (CloudEventsClient kafka = new CloudEventsClient(system.bootstrapServers())) {
            List<String> steps = kafka.await(Topics.DECISION_RECORDED, e -> id.toString().equals(e.key()), 5,
                    Duration.ofSeconds(30)).stream().map(CloudEventsClient.Event::value).toList();
            assertThat(String.join("\n", steps)).contains("\"REGISTRATION\"", "\"LICENSE_RESOLUTION\"",
                    "\"DATASET_ASSESSMENT\"", "\"RISK_TIERING\"", "\"APPROVAL\"");
        }

        String approvalUrl = system.url(RunningSystem.APPROVAL);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(api.token("carol"))
                .accept("application/x-ndjson").queryParam("requestId", id.toString())
                .get(approvalUrl + "/api/audit/records").then().statusCode(200).extract().asString()
                .contains("\"step\":\"APPROVAL\""));
        String ndjson = given().auth().oauth2(api.token("carol")).accept("application/x-ndjson")
                .queryParam("requestId", id.toString()).get(approvalUrl + "/api/audit/records").asString();
        assertThat(ndjson.lines().count()).isGreaterThanOrEqualTo(5);
        String csv = given().auth().oauth2(api.token("carol")).accept("text/csv")
                .queryParam("requestId", id.toString()).get(approvalUrl + "/api/audit/records").asString();
        assertThat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords()).extracting(r -> r.get("step"))
                .contains("REGISTRATION", "LICENSE_RESOLUTION", "DATASET_ASSESSMENT", "RISK_TIERING", "APPROVAL");
        List<Map<String, Object>> json = given().auth().oauth2(api.token("carol")).accept("application/json")
                .queryParam("requestId", id.toString()).get(approvalUrl + "/api/audit/records")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(json).hasSameSizeAs(ndjson.lines().toList());
        given().auth().oauth2(api.token("carol")).get(approvalUrl + "/api/audit/verify")
                .then().statusCode(200).body("intact", org.hamcrest.Matchers.equalTo(true));

        String bom = given().auth().oauth2(api.token("carol")).get(approvalUrl + "/api/requests/" + id + "/bom")
                .then().statusCode(200).extract().asString();
        assertThat(new JsonParser().validate(bom.getBytes(java.nio.charset.StandardCharsets.UTF_8), Version.VERSION_16))
                .isEmpty();
        assertThat(bom).contains("machine-learning-model", "microsoft/resnet-50", "imagenet-1k", "APPROVED");
    }

    @Test
    void juggernautBehindAnApiIsRejectedByPolicyWithTheAddendumAsReason() {
        UUID id = api.submit("alice", """
                {"model": {"name": "Juggernaut XL v9", "source": "huggingface", "repoId": "RunDiffusion/Juggernaut-XL-v9",
                           "revision": "main", "license": "creativeml-openrail-m",
                           "baseModels": ["stabilityai/stable-diffusion-xl-base-1.0"]},
                 "intendedUse": {"activities": ["SERVE_AS_API", "SELL_OUTPUTS"], "jurisdictions": ["US", "EU"],
                                 "expectedMonthlyActiveUsers": 5000, "description": "Marketing image generation"}}
                """);
        JsonPath rejected = api.awaitStatus("alice", id, "REJECTED");
        assertThat(rejected.getString("riskTier")).isEqualTo("PROHIBITED");
        List<Map<String, Object>> blockers = rejected.getList("findings.findAll { it.severity == 'BLOCKER' }");
        assertThat(blockers).extracting(f -> f.get("code")).contains("LICENSE_ADDENDUM_RESTRICTS_ACTIVITY");
        assertThat(rejected.getString("decision.signatures[0].actor")).startsWith("policy:");
    }

    @Test
    void aModelGivenOnlyByRepoIdIsResolvedFromItsCardWithLineageAndCitations() {
        UUID id = api.submit("alice", """
                {"model": {"name": "Pixel Art XL", "source": "huggingface", "repoId": "nerijs/pixel-art-xl"},
                 "intendedUse": {"activities": ["COMMERCIAL_PRODUCT"], "jurisdictions": ["US"],
                                 "expectedMonthlyActiveUsers": 2000}}
                """);
        JsonPath settled = api.awaitSettled("alice", id);
        assertThat(settled.getString("lineage.licenseOrigin")).isEqualTo("model-card");
        assertThat(settled.getList("lineage.baseModels.repoId", String.class))
                .contains("stabilityai/stable-diffusion-xl-base-1.0");
        List<Map<String, Object>> baseModelFindings = settled.getList("findings.findAll { it.subject.kind == 'base-model' }");
        assertThat(baseModelFindings).isNotEmpty().allSatisfy(f -> {
            assertThat((List<?>) f.get("citations")).isNotEmpty();
            assertThat((List<?>) ((Map<?, ?>) f.get("subject")).get("path")).hasSizeGreaterThanOrEqualTo(2);
        });
    }

    @Test
    void twoDatasetsInTwoJurisdictionsGiveDatasetSourceAndJurisdictionFindings() {
        UUID id = api.submit("alice", """
                {"model": {"name": "CLIP ViT-B/32 LAION-2B", "source": "huggingface",
                           "repoId": "laion/CLIP-ViT-B-32-laion2B-s34B-b79K", "license": "mit",
                           "datasets": ["laion/laion2B-en", "coco"]},
                 "intendedUse": {"activities": ["COMMERCIAL_PRODUCT"], "jurisdictions": ["DE", "JP"]}}
                """);
        JsonPath settled = api.awaitSettled("alice", id);
        List<Map<String, Object>> findings = settled.getList("findings");
        assertThat(settled.getList("findings.subject.kind", String.class))
                .contains("license", "dataset", "data-source", "jurisdiction");
        assertThat(settled.getList("findings.findAll { it.subject.kind == 'jurisdiction' }.subject.id", String.class))
                .contains("JP");
        assertThat(findings).allSatisfy(f -> assertThat((List<?>) f.get("citations")).as("citations of %s", f.get("code"))
                .isNotEmpty());

        // The officers see the same facts: licence and dataset findings both reached approval-service.
        List<String> kindsAtApproval = given().auth().oauth2(api.token("bob"))
                .get(system.url(RunningSystem.APPROVAL) + "/api/approvals/" + id)
                .then().statusCode(200).extract().jsonPath().getList("findings.subject.kind", String.class);
        assertThat(kindsAtApproval).contains("license", "dataset", "data-source", "jurisdiction");
    }

    @Test
    void anOfficerRejectsOrApprovesWithConditionsAndTheEngineerSeesThem() {
        String body = """
                {"model": {"name": "BERT base", "source": "huggingface", "repoId": "google-bert/bert-base-uncased",
                           "license": "apache-2.0", "datasets": ["bookcorpus", "wikipedia"]},
                 "intendedUse": {"activities": ["COMMERCIAL_PRODUCT"], "jurisdictions": ["US"]}}
                """;
        UUID rejected = api.submit("alice", body);
        api.awaitStatus("alice", rejected, "AWAITING_APPROVAL");
        api.decide("bob", rejected, "REJECT", "BookCorpus terms are unclear for a product.", List.of()).statusCode(200);
        assertThat(api.awaitStatus("alice", rejected, "REJECTED").getString("decision.outcome")).isEqualTo("REJECTED");

        UUID conditional = api.submit("alice", body);
        JsonPath pending = api.awaitStatus("alice", conditional, "AWAITING_APPROVAL");
        List<String> conditions = List.of("Include the Apache-2.0 licence text", "Legal reviews BookCorpus provenance");
        api.decide("bob", conditional, "APPROVE_WITH_CONDITIONS", "Fine with conditions.", conditions).statusCode(200);
        if ("HIGH".equals(pending.getString("riskTier")) || "PROHIBITED".equals(pending.getString("riskTier"))) {
            api.decide("dave", conditional, "APPROVE_WITH_CONDITIONS", "Agreed.", conditions).statusCode(200);
        }
        JsonPath approved = api.awaitStatus("alice", conditional, "APPROVED_WITH_CONDITIONS");
        assertThat(approved.getList("decision.conditions", String.class)).containsAll(conditions);
    }
}
