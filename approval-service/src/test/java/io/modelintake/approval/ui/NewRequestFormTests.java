package io.modelintake.approval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelintake.contracts.ModelSpec;
import io.modelintake.contracts.RequestSubmission;
import io.modelintake.platform.problem.Problem;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewRequestFormTests {

    private final ObjectMapper json = JsonMapper.builder().build();

    @Test
    void mapsTheFormToTheJsonOfApiMd() throws Exception {
        Map<String, List<String>> posted = Map.ofEntries(
                Map.entry("model.name", List.of(" Juggernaut XL v9 ")),
                Map.entry("model.source", List.of("huggingface")),
                Map.entry("model.repoId", List.of("RunDiffusion/Juggernaut-XL-v9")),
                Map.entry("model.revision", List.of("main")),
                Map.entry("model.license", List.of("creativeml-openrail-m")),
                Map.entry("model.baseModels", List.of("stabilityai/stable-diffusion-xl-base-1.0\r\n\r\n")),
                Map.entry("model.datasets", List.of("")),
                Map.entry("intendedUse.activities", List.of("SERVE_AS_API", "SELL_OUTPUTS")),
                Map.entry("intendedUse.jurisdictions", List.of("us, eu")),
                Map.entry("intendedUse.expectedMonthlyActiveUsers", List.of("5,000")),
                Map.entry("intendedUse.description", List.of("Marketing image generation behind our web app")),
                Map.entry("csrf", List.of("token")));

        NewRequestForm.Mapped mapped = NewRequestForm.from(posted).toSubmission();

        assertThat(mapped.errors().isEmpty()).isTrue();
        RequestSubmission submission = mapped.submission().orElseThrow();
        JsonNode sent = json.readTree(json.writeValueAsString(submission));
        // ModelSpec's derived isOwnTrainingRun() is serialised too; intake-service ignores it on the way in.
        ((ObjectNode) sent.get("model")).remove("ownTrainingRun");
        assertThat(sent).isEqualTo(json.readTree("""
                {"model": {"name": "Juggernaut XL v9", "source": "huggingface",
                   "repoId": "RunDiffusion/Juggernaut-XL-v9", "revision": "main", "license": "creativeml-openrail-m",
                   "licenseName": null, "licenseLink": null,
                   "baseModels": ["stabilityai/stable-diffusion-xl-base-1.0"], "datasets": [], "sourceRef": null},
                 "intendedUse": {"activities": ["SERVE_AS_API", "SELL_OUTPUTS"], "jurisdictions": ["US", "EU"],
                   "expectedMonthlyActiveUsers": 5000, "annualRevenueUsd": null,
                   "description": "Marketing image generation behind our web app", "euAiAct": null,
                   "entity": null}}
                """));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "civitai, https://civitai.com/models/4201?modelVersionId=501240",
            "github, https://github.com/NVlabs/stylegan3",
            "kaggle, https://www.kaggle.com/models/google/gemma/keras/gemma_2b_en",
            "torchvision, resnet50.IMAGENET1K_V2",
            "timm, resnet50.a1_in1k",
            "keras, ResNet50"})
    void aSourceBeyondTheHubSendsTheModelsReferenceThere(String source, String sourceRef) {
        Map<String, List<String>> posted = Map.of(
                "model.name", List.of("a model"),
                "model.source", List.of(source),
                "model.sourceRef", List.of(" " + sourceRef + " "),
                "model.repoId", List.of(""),
                "intendedUse.activities", List.of("INTERNAL_RESEARCH"),
                "intendedUse.jurisdictions", List.of("US"));

        ModelSpec model = NewRequestForm.from(posted).toSubmission().submission().orElseThrow().model();

        assertThat(model.source()).isEqualTo(source);
        assertThat(model.sourceRef()).isEqualTo(sourceRef);
        assertThat(model.repoId()).isNull();
        assertThat(model.sourceReference()).as("contracts parse what the form sends").isPresent();
    }

    @Test
    void anEuJurisdictionSendsTheEuAiActBlockAsApiMdWritesIt() throws Exception {
        Map<String, List<String>> posted = Map.ofEntries(
                Map.entry("model.name", List.of("SDXL")),
                Map.entry("model.repoId", List.of("stabilityai/stable-diffusion-xl-base-1.0")),
                Map.entry("intendedUse.activities", List.of("SERVE_AS_API")),
                Map.entry("intendedUse.jurisdictions", List.of("fr")),
                Map.entry("intendedUse.euAiAct.role", List.of("DOWNSTREAM_PROVIDER")),
                Map.entry("intendedUse.euAiAct.annexIIIArea", List.of("NONE")),
                Map.entry("intendedUse.euAiAct.art6_3Exemption", List.of("  ")),
                Map.entry("intendedUse.euAiAct.interactsWithPeople", List.of("true")),
                Map.entry("intendedUse.euAiAct.syntheticContent", List.of("IMAGE")),
                Map.entry("intendedUse.euAiAct.practices", List.of("DEEP_FAKES")));

        NewRequestForm.Mapped mapped = NewRequestForm.from(posted).toSubmission();

        assertThat(mapped.errors().all()).isEmpty();
        JsonNode sent = json.readTree(json.writeValueAsString(mapped.submission().orElseThrow().intendedUse()));
        assertThat(sent.get("euAiAct")).isEqualTo(json.readTree("""
                {"role": "DOWNSTREAM_PROVIDER", "annexIIIArea": "NONE", "art6_3Exemption": null,
                 "interactsWithPeople": true, "syntheticContent": ["IMAGE"], "practices": ["DEEP_FAKES"]}
                """));
    }

    @Test
    void aBlockLeftFilledWhileNoJurisdictionIsInTheEuIsNotSent() {
        NewRequestForm form = NewRequestForm.from(Map.of(
                "model.name", List.of("x"), "model.license", List.of("MIT"),
                "intendedUse.activities", List.of("INTERNAL_TOOL"), "intendedUse.jurisdictions", List.of("US, NO"),
                "intendedUse.euAiAct.role", List.of("DEPLOYER"),
                "intendedUse.euAiAct.annexIIIArea", List.of("EMPLOYMENT")));

        assertThat(form.toSubmission().submission().orElseThrow().intendedUse().euAiAct()).isNull();
    }

    @Test
    void anAnsweredBlockNeedsARoleAndKnownValuesBesideTheirFields() {
        NewRequestForm form = NewRequestForm.from(Map.of(
                "model.name", List.of("x"), "model.license", List.of("MIT"),
                "intendedUse.activities", List.of("INTERNAL_TOOL"), "intendedUse.jurisdictions", List.of("de"),
                "intendedUse.euAiAct.annexIIIArea", List.of("EMPLOYMENT"),
                "intendedUse.euAiAct.syntheticContent", List.of("SMELL")));

        NewRequestForm.Mapped mapped = form.toSubmission();

        assertThat(mapped.submission()).isEmpty();
        assertThat(mapped.errors().of("intendedUse.euAiAct.role")).isEqualTo("choose the company's role under the EU AI Act");
        assertThat(mapped.errors().of("intendedUse.euAiAct.syntheticContent")).isEqualTo("unknown value SMELL");
        assertThat(form.euAiAct().chose("EMPLOYMENT")).isTrue();
    }

    @Test
    void anEuRequestThatLeavesTheBlockEmptySendsNone() {
        NewRequestForm form = NewRequestForm.from(Map.of(
                "model.name", List.of("x"), "model.license", List.of("MIT"),
                "intendedUse.activities", List.of("INTERNAL_TOOL"), "intendedUse.jurisdictions", List.of("EU")));

        assertThat(form.toSubmission().submission().orElseThrow().intendedUse().euAiAct()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            DE            | true
            us, hu        | true
            EU            | true
            fr;gr         | true
            US NO         | false
            CH, JP        | false
            DEU           | false
            FRANCE        | false
            """)
    void theBlockIsShownForTheEuAndEveryMemberStateButNotBeyond(String typed, boolean shown) {
        // The page shows the block while the field matches the pattern, as a browser anchors it: ^(?:pattern)$
        Pattern pattern = Pattern.compile("^(?:" + EuAiActFields.empty().euPattern() + ")$");
        assertThat(pattern.matcher(typed).matches()).as("pattern for '%s'", typed).isEqualTo(shown);
        assertThat(EuAiActFields.appliesTo(List.of(typed.toUpperCase().split("[,;\\s]+")))).as(typed).isEqualTo(shown);
    }

    @Test
    void blankOptionalFieldsAreLeftOut() {
        NewRequestForm form = new NewRequestForm("ResNet-50", "huggingface", "", "microsoft/resnet-50", "", "", "", "imagenet-1k",
                List.of("INTERNAL_RESEARCH"), "JP", "", "", EuAiActFields.empty());

        RequestSubmission submission = form.toSubmission().submission().orElseThrow();

        assertThat(submission.model().license()).isNull();
        assertThat(submission.model().revision()).isNull();
        assertThat(submission.model().datasets()).containsExactly("imagenet-1k");
        assertThat(submission.intendedUse().expectedMonthlyActiveUsers()).isNull();
        assertThat(submission.intendedUse().description()).isNull();
    }

    @Test
    void whatCannotBeJsonIsShownBesideItsField() {
        NewRequestForm form = new NewRequestForm("x", "other", "", "", "", "MIT", "", "", List.of("TIME_TRAVEL"), "US",
                "many", "", EuAiActFields.empty());

        NewRequestForm.Mapped mapped = form.toSubmission();

        assertThat(mapped.submission()).isEmpty();
        assertThat(mapped.errors().of("intendedUse.activities")).isEqualTo("unknown activity TIME_TRAVEL");
        assertThat(mapped.errors().of("intendedUse.expectedMonthlyActiveUsers")).isEqualTo("must be a whole number");
    }

    @Test
    void intakeViolationsLandBesideTheFieldsTheyName() {
        FieldErrors errors = FieldErrors.of(List.of(
                new Problem.Violation("model.name", "must not be blank"),
                new Problem.Violation("intendedUse.jurisdictions[1]", "must be an ISO 3166 alpha-2 code or EU"),
                new Problem.Violation("intendedUse.activities", "must not be empty"),
                new Problem.Violation("model.license", "give model.license or model.repoId")));

        assertThat(errors.of("model.name")).isEqualTo("must not be blank");
        assertThat(errors.of("intendedUse.jurisdictions")).isEqualTo("must be an ISO 3166 alpha-2 code or EU");
        assertThat(errors.of("model.license")).isEqualTo("give model.license or model.repoId");
        assertThat(errors.has("model.repoId")).isFalse();
        assertThat(errors.all()).hasSize(4).contains("model.name: must not be blank");
    }

    @Test
    void remembersTheTickedActivities() {
        NewRequestForm form = NewRequestForm.from(Map.of("intendedUse.activities", List.of("FINE_TUNE")));

        assertThat(form.chose("FINE_TUNE")).isTrue();
        assertThat(form.chose("DISTILL")).isFalse();
        assertThat(form.name()).isEmpty();
    }
}
