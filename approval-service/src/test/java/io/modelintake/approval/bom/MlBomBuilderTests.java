package io.modelintake.approval.bom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelintake.contracts.Activity;
import io.modelintake.contracts.IntendedUse;
import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.ModelRequest;
import io.modelintake.contracts.ModelSpec;
import io.modelintake.contracts.RiskTier;
import io.modelintake.contracts.events.ApprovalDecided;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class MlBomBuilderTests {

    private static final Instant NOW = Instant.parse("2026-11-26T11:00:00Z");
    private static final UUID REQUEST = UUID.fromString("7d4c1f0e-1b7a-4f7e-9a59-5c6a3e1d2b10");

    private final MlBomBuilder builder = new MlBomBuilder();
    private final JsonParser parser = new JsonParser();

    @Test
    void juggernautApprovedWithConditionsIsAValidMlBom() throws Exception {
        ModelRequest request = request(new ModelSpec("Juggernaut XL v9", "huggingface", "RunDiffusion/Juggernaut-XL-v9",
                "main", "creativeml-openrail-m", null, null, List.of("stabilityai/stable-diffusion-xl-base-1.0"),
                List.of()), List.of(Activity.SERVE_AS_API, Activity.SELL_OUTPUTS));
        Lineage lineage = new Lineage("RunDiffusion/Juggernaut-XL-v9",
                "LicenseRef-CreativeML-OpenRAIL-M AND LicenseRef-Juggernaut-XL-Addendum", "model-card",
                List.of(new Lineage.BaseModel("stabilityai/stable-diffusion-xl-base-1.0",
                        "LicenseRef-CreativeML-OpenRAIL-PlusPlus-M",
                        List.of("RunDiffusion/Juggernaut-XL-v9", "stabilityai/stable-diffusion-xl-base-1.0"))),
                List.of());
        ApprovalDecided decision = new ApprovalDecided(REQUEST, "APPROVED_WITH_CONDITIONS", RiskTier.PROHIBITED,
                List.of("Written permission of the author before API use", "Flow the use restrictions down"),
                List.of(new ApprovalDecided.Signature("policy:2026-11-26.1", "REJECT", "BLOCKER_FINDING", NOW),
                        new ApprovalDecided.Signature("bob", "GRANT_EXCEPTION", "Permission letter on file", NOW),
                        new ApprovalDecided.Signature("dave", "GRANT_EXCEPTION", "Letter checked", NOW)),
                NOW, 2);

        JsonNode bom = buildAndValidate(new BomInput(request, lineage, Optional.of(RiskTier.PROHIBITED),
                Optional.of(decision), NOW));

        assertThat(bom.path("specVersion").asText()).isEqualTo("1.6");
        JsonNode model = component(bom, "RunDiffusion/Juggernaut-XL-v9");
        assertThat(model.path("type").asText()).isEqualTo("machine-learning-model");
        assertThat(model.path("version").asText()).isEqualTo("main");
        assertThat(model.path("purl").asText()).isEqualTo("pkg:huggingface/RunDiffusion/Juggernaut-XL-v9@main");
        assertThat(model.path("licenses").get(0).path("expression").asText())
                .isEqualTo("LicenseRef-CreativeML-OpenRAIL-M AND LicenseRef-Juggernaut-XL-Addendum");
        assertThat(model.path("modelCard").path("considerations").path("useCases"))
                .extracting(JsonNode::asText).contains("SERVE_AS_API", "SELL_OUTPUTS");
        assertThat(properties(model, "decision")).containsExactly("APPROVED_WITH_CONDITIONS");
        assertThat(properties(model, "riskTier")).containsExactly("PROHIBITED");
        assertThat(properties(model, "condition")).containsExactly(
                "Written permission of the author before API use", "Flow the use restrictions down");
        assertThat(properties(model, "approver")).containsExactly("bob", "dave");
        assertThat(properties(model, "signature")).hasSize(3);
        JsonNode base = component(bom, "stabilityai/stable-diffusion-xl-base-1.0");
        assertThat(base.path("type").asText()).isEqualTo("machine-learning-model");
        assertThat(base.path("licenses").get(0).path("license").path("name").asText())
                .isEqualTo("LicenseRef-CreativeML-OpenRAIL-PlusPlus-M");
        assertThat(dependsOn(bom, "RunDiffusion/Juggernaut-XL-v9"))
                .containsExactly("stabilityai/stable-diffusion-xl-base-1.0");
        assertThat(model.path("pedigree").path("ancestors")).extracting(a -> a.path("name").asText())
                .containsExactly("stabilityai/stable-diffusion-xl-base-1.0");
        assertThat(model.path("pedigree").path("ancestors").get(0).path("purl").asText())
                .isEqualTo("pkg:huggingface/stabilityai/stable-diffusion-xl-base-1.0");
    }

    @Test
    void clipOnLaionPendingHasItsDatasetAsDataComponent() throws Exception {
        ModelRequest request = request(new ModelSpec("CLIP ViT-H/14 LAION-2B", "huggingface",
                "laion/CLIP-ViT-H-14-laion2B-s32B-b79K", "1c2b8495b28150b8a4922ee1c8edee224c284c0c", "mit", null,
                null, List.of(), List.of("laion/laion2B-en")), List.of(Activity.INTERNAL_TOOL));
        Lineage lineage = new Lineage("laion/CLIP-ViT-H-14-laion2B-s32B-b79K", "MIT", "model-card", List.of(),
                List.of(new Lineage.DatasetRef("laion/laion2B-en", "laion/CLIP-ViT-H-14-laion2B-s32B-b79K")));

        JsonNode bom = buildAndValidate(new BomInput(request, lineage, Optional.of(RiskTier.HIGH), Optional.empty(),
                NOW));

        JsonNode model = component(bom, "laion/CLIP-ViT-H-14-laion2B-s32B-b79K");
        assertThat(model.path("licenses").get(0).path("license").path("id").asText()).isEqualTo("MIT");
        assertThat(properties(model, "decision")).containsExactly("PENDING");
        assertThat(properties(model, "approver")).isEmpty();
        assertThat(model.path("modelCard").path("modelParameters").path("datasets").get(0).path("ref").asText())
                .isEqualTo("dataset:laion/laion2B-en");
        JsonNode dataset = component(bom, "dataset:laion/laion2B-en");
        assertThat(dataset.path("type").asText()).isEqualTo("data");
        assertThat(dataset.path("name").asText()).isEqualTo("laion/laion2B-en");
        assertThat(dependsOn(bom, "laion/CLIP-ViT-H-14-laion2B-s32B-b79K")).containsExactly("dataset:laion/laion2B-en");
    }

    @Test
    void deepLineageLinksEachBaseModelBelowItsChildAndDatasetsBelowTheModelNamingThem() throws Exception {
        ModelRequest request = request(new ModelSpec("my SD fine-tune", "huggingface", "acme/sd-finetune", "v2",
                null, null, null, List.of("runwayml/stable-diffusion-v1-5"), List.of()), List.of(Activity.FINE_TUNE));
        Lineage lineage = new Lineage("acme/sd-finetune", "LicenseRef-CreativeML-OpenRAIL-M", "base-model",
                List.of(new Lineage.BaseModel("runwayml/stable-diffusion-v1-5", "LicenseRef-CreativeML-OpenRAIL-M",
                                List.of("acme/sd-finetune", "runwayml/stable-diffusion-v1-5")),
                        new Lineage.BaseModel("CompVis/stable-diffusion-v1-4", "LicenseRef-CreativeML-OpenRAIL-M",
                                List.of("acme/sd-finetune", "runwayml/stable-diffusion-v1-5",
                                        "CompVis/stable-diffusion-v1-4")),
                        new Lineage.BaseModel("CompVis/stable-diffusion-v1-4", "LicenseRef-CreativeML-OpenRAIL-M",
                                List.of("acme/sd-finetune", "CompVis/stable-diffusion-v1-4"))),
                List.of(new Lineage.DatasetRef("laion/laion2B-en", "CompVis/stable-diffusion-v1-4"),
                        new Lineage.DatasetRef("laion/laion-aesthetics-v2-5plus", "runwayml/stable-diffusion-v1-5")));
        ApprovalDecided rejected = new ApprovalDecided(REQUEST, "REJECTED", RiskTier.HIGH, List.of(),
                List.of(new ApprovalDecided.Signature("bob", "APPROVE", "ok", NOW),
                        new ApprovalDecided.Signature("dave", "REJECT", "LAION personal data", NOW)), NOW, 1);

        JsonNode bom = buildAndValidate(new BomInput(request, lineage, Optional.of(RiskTier.HIGH),
                Optional.of(rejected), NOW));

        assertThat(bom.path("components")).hasSize(5);
        assertThat(dependsOn(bom, "acme/sd-finetune"))
                .containsExactly("runwayml/stable-diffusion-v1-5", "CompVis/stable-diffusion-v1-4");
        assertThat(dependsOn(bom, "runwayml/stable-diffusion-v1-5"))
                .containsExactly("CompVis/stable-diffusion-v1-4", "dataset:laion/laion-aesthetics-v2-5plus");
        assertThat(dependsOn(bom, "CompVis/stable-diffusion-v1-4")).containsExactly("dataset:laion/laion2B-en");
        JsonNode model = component(bom, "acme/sd-finetune");
        assertThat(properties(model, "decision")).containsExactly("REJECTED");
        assertThat(properties(model, "approver")).as("nobody approved a rejected request").isEmpty();
        assertThat(model.path("modelCard").path("modelParameters").has("datasets")).isFalse();
        assertThat(model.path("pedigree").path("ancestors")).as("every base model once, in lineage order")
                .extracting(a -> a.path("name").asText())
                .containsExactly("runwayml/stable-diffusion-v1-5", "CompVis/stable-diffusion-v1-4");
        assertThat(model.path("pedigree").path("ancestors").get(0).has("bom-ref")).isFalse();
    }

    @Test
    void internalModelWithoutRepoIdIsNamedAndHasNoPurl() throws Exception {
        ModelRequest request = request(new ModelSpec("acme-resnet50-imagenet", "internal", null, null,
                "Apache-2.0", null, null, List.of(), List.of("imagenet-1k")), List.of(Activity.COMMERCIAL_PRODUCT));
        Lineage lineage = new Lineage(null, "Apache-2.0", "request", List.of(),
                List.of(new Lineage.DatasetRef("imagenet-1k", null)));

        JsonNode bom = buildAndValidate(new BomInput(request, lineage, Optional.empty(), Optional.empty(), NOW));

        JsonNode model = component(bom, "acme-resnet50-imagenet");
        assertThat(model.has("purl")).isFalse();
        assertThat(model.has("version")).isFalse();
        assertThat(properties(model, "riskTier")).isEmpty();
        assertThat(model.has("pedigree")).as("a model without base models has no ancestors").isFalse();
        assertThat(dependsOn(bom, "acme-resnet50-imagenet")).containsExactly("dataset:imagenet-1k");
    }

    @Test
    void sameInputGivesTheSameDocument() {
        ModelRequest request = request(new ModelSpec("m", "huggingface", "a/b", "main", "MIT", null, null,
                List.of(), List.of()), List.of(Activity.INTERNAL_RESEARCH));
        BomInput input = new BomInput(request, new Lineage("a/b", "MIT", "model-card", List.of(), List.of()),
                Optional.of(RiskTier.LOW), Optional.empty(), NOW);

        assertThat(builder.build(input)).isEqualTo(builder.build(input));
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/cases/bom-licenses.csv", delimiter = '|', numLinesToSkip = 1)
    void mapsTheLicenceExpression(String name, String expression, String field, String value) throws Exception {
        ModelRequest request = request(new ModelSpec("m", "huggingface", "a/b", "main", null, null, null,
                List.of(), List.of()), List.of(Activity.INTERNAL_RESEARCH));
        JsonNode bom = buildAndValidate(new BomInput(request,
                new Lineage("a/b", expression, "model-card", List.of(), List.of()), Optional.empty(),
                Optional.empty(), NOW));

        JsonNode licence = component(bom, "a/b").path("licenses").get(0);
        JsonNode actual = field.equals("expression") ? licence.path("expression") : licence.path("license").path(field);
        assertThat(actual.asText()).as(name).isEqualTo(value);
    }

    @Test
    void theValidatorUsedHereRejectsWhatThe16SchemaForbids() throws Exception {
        String invalid = """
                {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
                 "components": [{"type": "machine-learning-model", "name": "a/b",
                                 "licenses": [{"license": {"id": "creativeml-openrail-m"}}]}]}
                """;

        assertThat(parser.validate(invalid, Version.VERSION_16)).isNotEmpty();
    }

    private JsonNode buildAndValidate(BomInput input) throws Exception {
        String json = builder.build(input);
        List<ParseException> problems = parser.validate(json, Version.VERSION_16);
        assertThat(problems).as("schema violations of%n%s", json).isEmpty();
        return new ObjectMapper().readTree(json);
    }

    private static ModelRequest request(ModelSpec spec, List<Activity> activities) {
        return new ModelRequest(REQUEST, "alice", NOW.minusSeconds(3600), spec,
                new IntendedUse(activities, List.of("US", "EU"), 5000L, null, "Marketing image generation"));
    }

    private static JsonNode component(JsonNode bom, String ref) {
        return StreamSupport.stream(bom.path("components").spliterator(), false)
                .filter(component -> component.path("bom-ref").asText().equals(ref))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no component " + ref + " in " + bom));
    }

    private static List<String> properties(JsonNode component, String name) {
        List<String> values = new ArrayList<>();
        component.path("properties").forEach(property -> {
            if (property.path("name").asText().equals(MlBomBuilder.PROPERTY_PREFIX + name)) {
                values.add(property.path("value").asText());
            }
        });
        return values;
    }

    private static List<String> dependsOn(JsonNode bom, String ref) {
        List<String> refs = new ArrayList<>();
        bom.path("dependencies").forEach(dependency -> {
            if (dependency.path("ref").asText().equals(ref)) {
                dependency.path("dependsOn").forEach(child -> refs.add(child.asText()));
            }
        });
        return refs;
    }
}
