package io.modelintake.approval.bom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.IntendedUse;
import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.ModelRequest;
import io.modelintake.contracts.ModelSpec;
import io.modelintake.contracts.RiskTier;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.Subject;
import io.modelintake.contracts.SubjectKind;
import io.modelintake.contracts.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpdxBuilderTests {

    private static final Instant NOW = Instant.parse("2026-12-02T08:30:00.123Z");
    private static final UUID REQUEST = UUID.fromString("7d4c1f0e-1b7a-4f7e-9a59-5c6a3e1d2b10");
    private static final String LLAMA_TEXT = "LLAMA 3.1 COMMUNITY LICENSE AGREEMENT\nLlama 3.1 Version Release Date: July 23, 2024";

    private final SpdxBuilder builder = new SpdxBuilder();

    @Test
    void aLlamaFineTuneIsAnAiPackageDescendingFromLlamaWithTheLicenceTextAsLicenseRef() throws Exception {
        ModelRequest request = request(new ModelSpec("Acme support bot", "huggingface", "acme/llama-3.1-support",
                "v1", "llama3.1", null, null, List.of("meta-llama/Llama-3.1-8B-Instruct"), List.of()),
                List.of(Activity.SERVE_AS_API), "Customer support chat", List.of("DE"));
        Lineage lineage = new Lineage("acme/llama-3.1-support", "LicenseRef-Llama-3.1-Community", "request",
                List.of(new Lineage.BaseModel("meta-llama/Llama-3.1-8B-Instruct", "LicenseRef-Llama-3.1-Community",
                                List.of("acme/llama-3.1-support", "meta-llama/Llama-3.1-8B-Instruct")),
                        new Lineage.BaseModel("meta-llama/Llama-3.1-8B", "LicenseRef-Llama-3.1-Community",
                                List.of("acme/llama-3.1-support", "meta-llama/Llama-3.1-8B-Instruct",
                                        "meta-llama/Llama-3.1-8B"))),
                List.of());

        JsonNode document = SpdxDocuments.validated(builder.build(new SpdxInput(new BomInput(request, lineage,
                Optional.of(RiskTier.MEDIUM), Optional.empty(), NOW), List.of(),
                Map.of("LicenseRef-Llama-3.1-Community", LLAMA_TEXT))));

        assertThat(document.path("@context").asText()).isEqualTo("https://spdx.org/rdf/3.0.1/spdx-context.jsonld");
        assertThat(ofType(document, "CreationInfo").get(0).path("specVersion").asText()).isEqualTo("3.0.1");
        assertThat(ofType(document, "CreationInfo").get(0).path("created").asText()).isEqualTo("2026-12-02T08:30:00Z");
        JsonNode model = named(document, "ai_AIPackage", "acme/llama-3.1-support");
        assertThat(model.path("ai_safetyRiskAssessment").asText()).isEqualTo("medium");
        assertThat(model.path("software_primaryPurpose").asText()).isEqualTo("model");
        assertThat(model.path("software_packageUrl").asText()).isEqualTo("pkg:huggingface/acme/llama-3.1-support@v1");
        assertThat(model.path("ai_informationAboutApplication").asText())
                .contains("Customer support chat", "SERVE_AS_API", "DE");
        assertThat(licence(document, model, "hasConcludedLicense")).isEqualTo("LicenseRef-Llama-3.1-Community");
        assertThat(licence(document, model, "hasDeclaredLicense")).as("the Hub tag as a LicenseRef")
                .isEqualTo("LicenseRef-llama3.1");
        JsonNode text = ofType(document, "simplelicensing_SimpleLicensingText").get(0);
        assertThat(text.path("simplelicensing_licenseText").asText()).isEqualTo(LLAMA_TEXT);
        JsonNode concluded = byId(document, targets(document, model, "hasConcludedLicense").get(0));
        assertThat(concluded.path("simplelicensing_customIdToUri").get(0).path("value").asText())
                .isEqualTo(text.path("spdxId").asText());
        JsonNode instruct = named(document, "ai_AIPackage", "meta-llama/Llama-3.1-8B-Instruct");
        JsonNode base = named(document, "ai_AIPackage", "meta-llama/Llama-3.1-8B");
        assertThat(targets(document, model, "descendantOf")).containsExactly(instruct.path("spdxId").asText());
        assertThat(targets(document, instruct, "descendantOf")).containsExactly(base.path("spdxId").asText());
        assertThat(ofType(document, "simplelicensing_SimpleLicensingText")).as("one text for three uses").hasSize(1);
        JsonNode spdxDocument = ofType(document, "SpdxDocument").get(0);
        assertThat(spdxDocument.path("rootElement").get(0).asText()).isEqualTo(model.path("spdxId").asText());
        assertThat(spdxDocument.path("profileConformance")).extracting(JsonNode::asText).contains("ai", "dataset");
    }

    @Test
    void clipOnLaionTrainedOnAPersonalDataDatasetUsesSensitiveInformation() throws Exception {
        ModelRequest request = request(new ModelSpec("CLIP ViT-H/14 LAION-2B", "huggingface",
                "laion/CLIP-ViT-H-14-laion2B-s32B-b79K", null, "mit", null, null, List.of(),
                List.of("laion/laion2B-en")), List.of(Activity.INTERNAL_TOOL), null, List.of("US", "EU"));
        Lineage lineage = new Lineage("laion/CLIP-ViT-H-14-laion2B-s32B-b79K", "MIT", "model-card", List.of(),
                List.of(new Lineage.DatasetRef("laion/laion2B-en", "laion/CLIP-ViT-H-14-laion2B-s32B-b79K")));
        Finding personalData = new Finding("DATASET_CONTAINS_PERSONAL_DATA", Severity.HIGH,
                Subject.of(SubjectKind.DATASET, "laion/laion2B-en"), null, "EU", Verdict.CONDITIONAL,
                "LAION-2B-en links to images of people, EU data subjects included", List.of(), List.of(), "DATASET_PERSONAL_DATA");

        JsonNode document = SpdxDocuments.validated(builder.build(new SpdxInput(new BomInput(request, lineage,
                Optional.of(RiskTier.HIGH), Optional.empty(), NOW), List.of(personalData), Map.of())));

        JsonNode model = named(document, "ai_AIPackage", "laion/CLIP-ViT-H-14-laion2B-s32B-b79K");
        assertThat(model.path("ai_useSensitivePersonalInformation").asText()).isEqualTo("yes");
        assertThat(model.path("ai_safetyRiskAssessment").asText()).isEqualTo("high");
        assertThat(licence(document, model, "hasConcludedLicense")).isEqualTo("MIT");
        assertThat(licence(document, model, "hasDeclaredLicense")).as("the tag as the SPDX list spells it").isEqualTo("MIT");
        JsonNode dataset = named(document, "dataset_DatasetPackage", "laion/laion2B-en");
        assertThat(dataset.path("dataset_hasSensitivePersonalInformation").asText()).isEqualTo("yes");
        assertThat(dataset.path("dataset_datasetType")).extracting(JsonNode::asText).containsExactly("noAssertion");
        assertThat(dataset.path("comment").asText()).contains("EU data subjects");
        assertThat(targets(document, model, "trainedOn")).containsExactly(dataset.path("spdxId").asText());
    }

    @Test
    void theKnowledgeGivesTheModelsDomainAndTypeAndTheDatasetsTypeAndAvailability() throws Exception {
        ModelRequest request = request(new ModelSpec("Acme captioner", "huggingface", "acme/llama-3.1-captions",
                "v2", "llama3.1", null, null, List.of("meta-llama/Llama-3.1-8B-Instruct"),
                List.of("laion/laion2B-en", "imagenet-1k", "acme-internal-logs")), List.of(Activity.INTERNAL_TOOL),
                "Caption product photos", List.of("DE"));
        Lineage lineage = new Lineage("acme/llama-3.1-captions", "LicenseRef-Llama-3.1-Community", "request",
                List.of(new Lineage.BaseModel("meta-llama/Llama-3.1-8B-Instruct", "LicenseRef-Llama-3.1-Community",
                        List.of("acme/llama-3.1-captions", "meta-llama/Llama-3.1-8B-Instruct"))),
                List.of(new Lineage.DatasetRef("laion/laion2B-en", "acme/llama-3.1-captions"),
                        new Lineage.DatasetRef("imagenet-1k", "acme/llama-3.1-captions"),
                        new Lineage.DatasetRef("acme-internal-logs", "acme/llama-3.1-captions")));
        Map<String, SpdxInput.ModelFacts> models = Map.of("meta-llama/Llama-3.1-8B-Instruct",
                new SpdxInput.ModelFacts(List.of("natural language processing"),
                        List.of("auto-regressive language model", "transformer")));
        Map<String, SpdxInput.DatasetFacts> datasets = Map.of(
                "laion/laion2B-en", new SpdxInput.DatasetFacts(List.of("image", "text"), "scrapingScript"),
                "imagenet-1k", new SpdxInput.DatasetFacts(List.of("image"), "registration"));

        JsonNode document = SpdxDocuments.validated(builder.build(new SpdxInput(new BomInput(request, lineage,
                Optional.of(RiskTier.MEDIUM), Optional.empty(), NOW), List.of(), Map.of(), models, datasets)));

        JsonNode base = named(document, "ai_AIPackage", "meta-llama/Llama-3.1-8B-Instruct");
        assertThat(base.path("ai_domain")).extracting(JsonNode::asText).containsExactly("natural language processing");
        assertThat(base.path("ai_typeOfModel")).extracting(JsonNode::asText)
                .containsExactly("auto-regressive language model", "transformer");
        JsonNode model = named(document, "ai_AIPackage", "acme/llama-3.1-captions");
        assertThat(model.has("ai_domain")).as("the knowledge does not know the fine-tune: omitted").isFalse();
        assertThat(model.has("ai_typeOfModel")).isFalse();
        JsonNode laion = named(document, "dataset_DatasetPackage", "laion/laion2B-en");
        assertThat(laion.path("dataset_datasetType")).extracting(JsonNode::asText).containsExactly("image", "text");
        assertThat(laion.path("dataset_datasetAvailability").asText()).isEqualTo("scrapingScript");
        JsonNode imagenet = named(document, "dataset_DatasetPackage", "imagenet-1k");
        assertThat(imagenet.path("dataset_datasetType")).extracting(JsonNode::asText).containsExactly("image");
        assertThat(imagenet.path("dataset_datasetAvailability").asText()).isEqualTo("registration");
        JsonNode unknown = named(document, "dataset_DatasetPackage", "acme-internal-logs");
        assertThat(unknown.path("dataset_datasetType")).extracting(JsonNode::asText).containsExactly("noAssertion");
        assertThat(unknown.has("dataset_datasetAvailability")).isFalse();
    }

    @Test
    void juggernautOnSdxlWithAnAddendumAndADatasetOfItsBaseModel() throws Exception {
        ModelRequest request = request(new ModelSpec("Juggernaut XL v9", "huggingface", "RunDiffusion/Juggernaut-XL-v9",
                "main", "creativeml-openrail-m", null, null, List.of("stabilityai/stable-diffusion-xl-base-1.0"),
                List.of()), List.of(Activity.SERVE_AS_API, Activity.SELL_OUTPUTS), "Marketing images", List.of("US"));
        Lineage lineage = new Lineage("RunDiffusion/Juggernaut-XL-v9",
                "LicenseRef-CreativeML-OpenRAIL-M AND LicenseRef-Juggernaut-XL-Addendum", "request",
                List.of(new Lineage.BaseModel("stabilityai/stable-diffusion-xl-base-1.0",
                        "LicenseRef-CreativeML-OpenRAIL-PlusPlus-M",
                        List.of("RunDiffusion/Juggernaut-XL-v9", "stabilityai/stable-diffusion-xl-base-1.0"))),
                List.of(new Lineage.DatasetRef("laion/laion2B-en", "stabilityai/stable-diffusion-xl-base-1.0")));

        JsonNode document = SpdxDocuments.validated(builder.build(new SpdxInput(new BomInput(request, lineage,
                Optional.of(RiskTier.PROHIBITED), Optional.empty(), NOW), List.of(),
                Map.of("LicenseRef-CreativeML-OpenRAIL-M", "CreativeML Open RAIL-M text",
                        "LicenseRef-CreativeML-OpenRAIL-PlusPlus-M", "CreativeML Open RAIL++-M text"))));

        JsonNode model = named(document, "ai_AIPackage", "RunDiffusion/Juggernaut-XL-v9");
        JsonNode sdxl = named(document, "ai_AIPackage", "stabilityai/stable-diffusion-xl-base-1.0");
        assertThat(model.path("ai_safetyRiskAssessment").asText()).isEqualTo("serious");
        assertThat(licence(document, model, "hasConcludedLicense"))
                .isEqualTo("LicenseRef-CreativeML-OpenRAIL-M AND LicenseRef-Juggernaut-XL-Addendum");
        assertThat(licence(document, model, "hasDeclaredLicense")).isEqualTo("LicenseRef-creativeml-openrail-m");
        assertThat(licence(document, sdxl, "hasConcludedLicense")).isEqualTo("LicenseRef-CreativeML-OpenRAIL-PlusPlus-M");
        JsonNode concluded = byId(document, targets(document, model, "hasConcludedLicense").get(0));
        assertThat(concluded.path("simplelicensing_customIdToUri")).as("the addendum has no stored text").hasSize(1);
        assertThat(ofType(document, "simplelicensing_SimpleLicensingText")).hasSize(2);
        JsonNode laion = named(document, "dataset_DatasetPackage", "laion/laion2B-en");
        assertThat(targets(document, sdxl, "trainedOn")).containsExactly(laion.path("spdxId").asText());
        assertThat(targets(document, model, "trainedOn")).isEmpty();
        assertThat(laion.path("dataset_hasSensitivePersonalInformation").asText()).isEqualTo("noAssertion");
        assertThat(model.path("ai_useSensitivePersonalInformation").asText()).isEqualTo("noAssertion");
    }

    @Test
    void anInternalModelWithoutTierRepoIdOrLicenceIsStillAValidDocument() throws Exception {
        ModelRequest request = request(new ModelSpec("acme resnet50 imagenet", "internal", null, null, null, null,
                null, List.of(), List.of("imagenet-1k")), List.of(Activity.COMMERCIAL_PRODUCT), null, List.of());
        Lineage lineage = new Lineage(null, null, null, List.of(), List.of(new Lineage.DatasetRef("imagenet-1k", null)));

        JsonNode document = SpdxDocuments.validated(builder.build(new SpdxInput(new BomInput(request, lineage,
                Optional.empty(), Optional.empty(), NOW), List.of(), Map.of())));

        JsonNode model = named(document, "ai_AIPackage", "acme resnet50 imagenet");
        assertThat(model.has("ai_safetyRiskAssessment")).isFalse();
        assertThat(model.has("software_packageUrl")).isFalse();
        assertThat(targets(document, model, "hasConcludedLicense")).isEmpty();
        assertThat(targets(document, model, "trainedOn")).hasSize(1);
    }

    @Test
    void sameInputGivesTheSameDocument() {
        ModelRequest request = request(new ModelSpec("m", "huggingface", "a/b", "main", "MIT", null, null,
                List.of(), List.of()), List.of(Activity.INTERNAL_RESEARCH), null, List.of());
        SpdxInput input = new SpdxInput(new BomInput(request, new Lineage("a/b", "MIT", "model-card", List.of(),
                List.of()), Optional.of(RiskTier.LOW), Optional.empty(), NOW), List.of(), Map.of());

        assertThat(builder.build(input)).isEqualTo(builder.build(input));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            apache-2.0|Apache-2.0
            Apache-2.0 OR MIT|Apache-2.0 OR MIT
            llama3.1|LicenseRef-llama3.1
            openrail++|LicenseRef-openrail-plus-plus
            (mit or apache-2.0) and CC-BY-4.0|(MIT OR Apache-2.0) AND CC-BY-4.0
            LicenseRef-Juggernaut-XL-Addendum AND other|LicenseRef-Juggernaut-XL-Addendum AND LicenseRef-other
            GPL-2.0-only WITH Classpath-exception-2.0|GPL-2.0-only WITH Classpath-exception-2.0
            """)
    void writesTagsAndExpressionsInSpdxGrammar(String written, String expected) {
        assertThat(builder.spdxExpression(written)).isEqualTo(expected);
    }

    @Test
    void theSchemaUsedHereRejectsWhatSpdx301Forbids() {
        String invalid = """
                {"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": [
                  {"type": "CreationInfo", "@id": "_:c", "specVersion": "3.0.1", "created": "2026-12-02T08:30:00Z",
                   "createdBy": ["urn:a:agent"]},
                  {"type": "ai_AIPackage", "spdxId": "urn:a:model", "creationInfo": "_:c", "name": "m",
                   "ai_safetyRiskAssessment": "PROHIBITED"}]}
                """;

        assertThat(SpdxDocuments.schemaViolations(invalid)).isNotEmpty();
    }

    @Test
    void theChecksUsedHereRejectABrokenExpressionAndADanglingReference() throws Exception {
        JsonNode broken = new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
                {"@graph": [
                  {"type": "CreationInfo", "@id": "_:c"},
                  {"type": "ai_AIPackage", "spdxId": "urn:a:model", "creationInfo": "_:c"},
                  {"type": "simplelicensing_LicenseExpression", "spdxId": "urn:a:l", "creationInfo": "_:c",
                   "simplelicensing_licenseExpression": "MIT ANDD (Apache-2.0"},
                  {"type": "Relationship", "spdxId": "urn:a:r", "creationInfo": "_:c", "from": "urn:a:model",
                   "relationshipType": "trainedOn", "to": ["urn:a:missing"]}]}
                """);

        assertThat(SpdxDocuments.expressionAndReferenceProblems(broken)).hasSize(2)
                .anySatisfy(problem -> assertThat(problem).contains("MIT ANDD"))
                .anySatisfy(problem -> assertThat(problem).contains("urn:a:missing"));
    }

    private static ModelRequest request(ModelSpec spec, List<Activity> activities, String description,
            List<String> jurisdictions) {
        return new ModelRequest(REQUEST, "alice", NOW.minusSeconds(3600), spec,
                new IntendedUse(activities, jurisdictions, 5000L, null, description));
    }

    private static List<JsonNode> ofType(JsonNode document, String type) {
        return StreamSupport.stream(document.path("@graph").spliterator(), false)
                .filter(element -> element.path("type").asText().equals(type)).toList();
    }

    private static JsonNode named(JsonNode document, String type, String name) {
        return ofType(document, type).stream().filter(element -> element.path("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " named " + name + " in " + document));
    }

    private static JsonNode byId(JsonNode document, String id) {
        return StreamSupport.stream(document.path("@graph").spliterator(), false)
                .filter(element -> element.path("spdxId").asText().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no element " + id));
    }

    private static List<String> targets(JsonNode document, JsonNode from, String relationshipType) {
        List<String> to = new ArrayList<>();
        ofType(document, "Relationship").stream()
                .filter(r -> r.path("from").asText().equals(from.path("spdxId").asText())
                        && r.path("relationshipType").asText().equals(relationshipType))
                .forEach(r -> r.path("to").forEach(target -> to.add(target.asText())));
        return to;
    }

    private static String licence(JsonNode document, JsonNode from, String relationshipType) {
        List<String> to = targets(document, from, relationshipType);
        assertThat(to).as(relationshipType).hasSize(1);
        return byId(document, to.get(0)).path("simplelicensing_licenseExpression").asText();
    }
}
