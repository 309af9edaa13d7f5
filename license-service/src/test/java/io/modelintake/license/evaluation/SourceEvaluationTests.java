package io.modelintake.license.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.ModelRequest;
import io.modelintake.contracts.ModelSpec;
import io.modelintake.contracts.SourceRef;
import io.modelintake.contracts.TermsLayer;
import io.modelintake.contracts.Verdict;
import io.modelintake.license.evaluation.CivitaiModel.CommercialUse;
import io.modelintake.license.knowledge.KnowledgeSnapshot;
import io.modelintake.license.knowledge.LicenseKnowledge;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Models named at CivitAI, GitHub, Kaggle and framework hubs: what their source says, and what still binds whatever it says. */
class SourceEvaluationTests {

    private static final KnowledgeSnapshot KNOWLEDGE = LicenseKnowledge.loadBundled();
    private static final List<Activity> USE = List.of(Activity.INTERNAL_RESEARCH, Activity.COMMERCIAL_PRODUCT,
            Activity.SELL_OUTPUTS);

    private final LicenseEvaluator evaluator = new LicenseEvaluator();

    @Test
    void aLoraOnFluxDevInheritsItsNonCommercialLicenceWhateverItsCreatorPermits() {
        ModelRequest request = request("civitai", "https://civitai.com/models/100001?modelVersionId=200001", null);
        SourceRef ref = request.model().sourceReference().orElseThrow();
        CivitaiModel lora = new CivitaiModel(100001, "Neon Noir", "LORA", "neonsmith", EnumSet.allOf(CommercialUse.class),
                true, true, true, List.of(new CivitaiModel.Version(200001, "v1.0", "Flux.1 D", List.of())), 200001L);

        LicenseEvaluation evaluation = evaluator.evaluate(request, ModelCards.none(),
                new SourceLookup.Found(ref, lora), KNOWLEDGE);

        assertThat(evaluation.lineage().modelId()).isEqualTo("civitai:100001@200001");
        assertThat(evaluation.lineage().licenseOrigin()).isEqualTo("civitai");
        assertThat(evaluation.lineage().baseModels()).extracting(b -> b.repoId())
                .containsExactly("black-forest-labs/FLUX.1-dev");
        assertThat(verdict(evaluation, "CIVITAI_PERMISSIONS", Activity.COMMERCIAL_PRODUCT))
                .as("the creator permits it").isEqualTo(Verdict.ALLOWED);
        assertThat(verdict(evaluation, "BASE_MODEL_RESTRICTION_FLOWS_DOWN", Activity.COMMERCIAL_PRODUCT))
                .as("FLUX.1 [dev] does not").isEqualTo(Verdict.PROHIBITED);
        assertThat(evaluation.findings()).filteredOn(f -> f.code().startsWith("CIVITAI_PERMISSIONS"))
                .allMatch(f -> f.restsOn() == TermsLayer.WEIGHTS);
        assertThat(evaluation.findings()).extracting(Finding::code).doesNotContain("LICENSE_MISSING");
    }

    @Test
    void aBaseModelNoKnownModelStandsForIsAHumanDecisionNotAGuess() {
        ModelRequest request = request("civitai", "100002", null);
        CivitaiModel checkpoint = new CivitaiModel(100002, "Quiet Watercolor", "Checkpoint", "aquarellist",
                EnumSet.noneOf(CommercialUse.class), false, false, false,
                List.of(new CivitaiModel.Version(200002, "v2", "SD 1.5", List.of()),
                        new CivitaiModel.Version(200003, "v3", "Illustrious", List.of())), null);

        LicenseEvaluation evaluation = evaluator.evaluate(request, ModelCards.none(),
                new SourceLookup.Found(request.model().sourceReference().orElseThrow(), checkpoint), KNOWLEDGE);

        assertThat(evaluation.lineage().baseModels()).extracting(b -> b.repoId())
                .containsExactly("stable-diffusion-v1-5/stable-diffusion-v1-5");
        assertThat(evaluation.findings()).extracting(Finding::code)
                .contains("CIVITAI_BASE_MODEL_UNKNOWN", "CIVITAI_VERSION_NOT_NAMED");
        assertThat(verdict(evaluation, "CIVITAI_PERMISSIONS", Activity.SELL_OUTPUTS)).isEqualTo(Verdict.PROHIBITED);
    }

    @Test
    void aGithubRepositorysCodeLicenceIsNotTheWeightsLicence() {
        ModelRequest request = request("github", "https://github.com/acme-vision/segmenter", null);
        GithubRepository repository = new GithubRepository("acme-vision", "segmenter", "MIT", "MIT License", "LICENSE",
                "https://github.com/acme-vision/segmenter/blob/main/LICENSE");

        LicenseEvaluation evaluation = evaluator.evaluate(request, ModelCards.none(),
                new SourceLookup.Found(request.model().sourceReference().orElseThrow(), repository), KNOWLEDGE);

        assertThat(evaluation.findings()).filteredOn(f -> f.code().startsWith("CODE_"))
                .hasSize(USE.size()).allMatch(f -> f.restsOn() == TermsLayer.CODE && f.verdict() != Verdict.PROHIBITED);
        assertThat(evaluation.findings()).filteredOn(f -> f.code().equals("WEIGHTS_LICENSE_UNKNOWN"))
                .hasSize(USE.size()).allMatch(f -> f.restsOn() == TermsLayer.WEIGHTS && f.verdict() == Verdict.UNSPECIFIED);
    }

    @Test
    void weightsWithTermsOfTheirOwnAreJudgedByThemNotByTheCodesLicence() {
        ModelRequest request = request("github", "https://github.com/NVlabs/stylegan3", null);
        GithubRepository repository = new GithubRepository("NVlabs", "stylegan3", "NOASSERTION", "Other",
                "LICENSE.txt", "https://github.com/NVlabs/stylegan3/blob/main/LICENSE.txt");

        LicenseEvaluation evaluation = evaluator.evaluate(request, ModelCards.none(),
                new SourceLookup.Found(request.model().sourceReference().orElseThrow(), repository), KNOWLEDGE);

        assertThat(evaluation.lineage().licenseExpression()).isEqualTo("LicenseRef-NVIDIA-Source-Code-License-NC");
        assertThat(evaluation.lineage().licenseOrigin()).isEqualTo("catalogue");
        assertThat(evaluation.findings()).extracting(Finding::code).contains("CODE_LICENSE_UNRECOGNISED")
                .doesNotContain("WEIGHTS_LICENSE_UNKNOWN");
        assertThat(evaluation.findings()).filteredOn(f -> f.activity() == Activity.COMMERCIAL_PRODUCT
                && f.restsOn() == TermsLayer.WEIGHTS).extracting(Finding::verdict).contains(Verdict.PROHIBITED);
    }

    @Test
    void anUnreachableSourceIsAnInfoFindingAndNothingIsAssumed() {
        ModelRequest request = request("civitai", "civitai:100001@200001", null);

        LicenseEvaluation evaluation = evaluator.evaluate(request, ModelCards.none(), new SourceLookup.Unreachable(
                request.model().sourceReference().orElseThrow(), "HttpTimeoutException"), KNOWLEDGE);

        assertThat(evaluation.findings()).filteredOn(f -> f.code().equals("MODEL_SOURCE_UNREACHABLE"))
                .extracting(f -> f.severity().name()).containsExactly("INFO");
        assertThat(evaluation.findings()).filteredOn(f -> f.code().equals("LICENSE_MISSING"))
                .hasSize(USE.size()).allMatch(f -> f.verdict() == Verdict.UNSPECIFIED);
        assertThat(evaluation.lineage().baseModels()).isEmpty();
    }

    @Test
    void gatheringAsksTheSameCardsTheEvaluationReads() {
        ModelRequest request = request("civitai", "100001", null);
        CivitaiModel lora = new CivitaiModel(100001, "Neon Noir", "LORA", null, EnumSet.noneOf(CommercialUse.class),
                true, true, true, List.of(new CivitaiModel.Version(200001, "v1.0", "Flux.1 D", List.of())), null);
        SourceLookup answer = new SourceLookup.Found(request.model().sourceReference().orElseThrow(), lora);

        GatheredModelCards gathered = evaluator.gatherCards(request, ModelCards.none(), answer, KNOWLEDGE);

        assertThat(evaluator.evaluate(request, gathered, answer, KNOWLEDGE))
                .isEqualTo(evaluator.evaluate(request, ModelCards.none(), answer, KNOWLEDGE));
    }

    @Test
    void torchvisionWeightsRestOnTheirTrainingDataNotOnTheFrameworksBsdLicence() {
        ModelRequest request = request("torchvision", "resnet50.IMAGENET1K_V2", null);

        LicenseEvaluation evaluation = evaluator.evaluate(request, ModelCards.none(), new SourceLookup.NotFound(
                request.model().sourceReference().orElseThrow(), "no API"), KNOWLEDGE);

        assertThat(evaluation.findings()).filteredOn(f -> f.code().startsWith("CODE_"))
                .hasSize(USE.size()).allMatch(f -> f.restsOn() == TermsLayer.CODE && f.subject().id().equals("BSD-3-Clause"));
        assertThat(evaluation.findings()).filteredOn(f -> f.code().equals("WEIGHTS_LICENSE_UNKNOWN"))
                .hasSize(USE.size()).allMatch(f -> f.restsOn() == TermsLayer.WEIGHTS
                        && f.message().contains("derived from the dataset used for training"));
        assertThat(evaluation.lineage().datasets()).extracting(d -> d.id()).containsExactly("imagenet-1k");
        assertThat(evaluation.findings()).extracting(Finding::code).doesNotContain("MODEL_SOURCE_NOT_FOUND");
    }

    @Test
    void weightsTheHubLicensesThemselvesAreJudgedByThatLicence() {
        ModelRequest request = request("torchvision", "vit_b_16.IMAGENET1K_SWAG_E2E_V1", null);

        LicenseEvaluation evaluation = evaluator.evaluate(request, ModelCards.none(), new SourceLookup.NotFound(
                request.model().sourceReference().orElseThrow(), "no API"), KNOWLEDGE);

        assertThat(evaluation.lineage().licenseExpression()).isEqualTo("CC-BY-NC-4.0");
        assertThat(evaluation.lineage().licenseOrigin()).isEqualTo("torchvision");
        assertThat(evaluation.findings()).filteredOn(f -> f.activity() == Activity.COMMERCIAL_PRODUCT
                && f.restsOn() == TermsLayer.WEIGHTS).extracting(Finding::verdict).containsExactly(Verdict.PROHIBITED);
    }

    @Test
    void kerasApplicationsWeightsRestOnImageNetNotOnKerasApacheLicence() {
        ModelRequest request = request("keras", "ResNet50", null);

        LicenseEvaluation evaluation = evaluator.evaluate(request, ModelCards.none(), new SourceLookup.NotFound(
                request.model().sourceReference().orElseThrow(), "no API"), KNOWLEDGE);

        assertThat(evaluation.lineage().modelId()).isEqualTo("keras:ResNet50");
        assertThat(evaluation.findings()).filteredOn(f -> f.code().startsWith("CODE_"))
                .hasSize(USE.size()).allMatch(f -> f.restsOn() == TermsLayer.CODE && f.subject().id().equals("Apache-2.0")
                        && f.verdict() != Verdict.PROHIBITED);
        assertThat(evaluation.findings()).filteredOn(f -> f.code().equals("WEIGHTS_LICENSE_UNKNOWN"))
                .hasSize(USE.size()).allMatch(f -> f.restsOn() == TermsLayer.WEIGHTS
                        && f.message().contains("pre-training on ImageNet"));
        assertThat(evaluation.lineage().datasets()).extracting(d -> d.id()).containsExactly("imagenet-1k");
    }

    @Test
    void kerasWeightsTheKnowledgeDoesNotKnowAskForTheirTrainingData() {
        ModelRequest request = request("keras", "ConvNeXtXLarge", null);

        LicenseEvaluation evaluation = evaluator.evaluate(request, ModelCards.none(), new SourceLookup.NotFound(
                request.model().sourceReference().orElseThrow(), "no API"), KNOWLEDGE);

        assertThat(evaluation.findings()).extracting(Finding::code)
                .contains("FRAMEWORK_WEIGHTS_UNKNOWN", "WEIGHTS_LICENSE_UNKNOWN");
        assertThat(evaluation.lineage().datasets()).isEmpty();
    }

    @Test
    void aKaggleVariationIsJudgedByTheLicenceKaggleStatesItsBaseModelAndItsTrainingData() {
        ModelRequest request = request("kaggle", "acme/street-signs/pyTorch/vit-base", null);
        KaggleModel model = new KaggleModel("acme/street-signs/pyTorch/vit-base", "Apache 2.0",
                List.of("https://huggingface.co/datasets/ILSVRC/imagenet-1k"),
                "https://www.kaggle.com/models/acme/street-signs/pyTorch/vit-base", null,
                "https://huggingface.co/google/vit-base-patch16-224");

        LicenseEvaluation evaluation = evaluator.evaluate(request, ModelCards.none(),
                new SourceLookup.Found(request.model().sourceReference().orElseThrow(), model), KNOWLEDGE);

        assertThat(evaluation.lineage().licenseExpression()).isEqualTo("Apache-2.0");
        assertThat(evaluation.lineage().licenseOrigin()).isEqualTo("kaggle");
        assertThat(evaluation.lineage().baseModels()).extracting(b -> b.repoId())
                .contains("google/vit-base-patch16-224");
        assertThat(evaluation.lineage().datasets()).extracting(d -> d.id()).contains("ILSVRC/imagenet-1k");
        assertThat(evaluation.findings()).filteredOn(f -> f.code().equals("KAGGLE_LICENSE_STATED"))
                .singleElement().matches(f -> f.restsOn() == TermsLayer.WEIGHTS);
        assertThat(evaluation.findings()).extracting(Finding::code).doesNotContain("LICENSE_MISSING");
    }

    @Test
    void aKaggleVariationWithoutALicenceIsNoLicenceAndItsKaggleBaseModelIsForAHuman() {
        ModelRequest request = request("kaggle", "acme/unlicensed/tensorFlow2/default", null);
        KaggleModel model = new KaggleModel("acme/unlicensed/tensorFlow2/default", null, List.of(), null,
                "google/efficientnet-v2/tensorFlow2/imagenet1k-b0-classification", null);

        LicenseEvaluation evaluation = evaluator.evaluate(request, ModelCards.none(),
                new SourceLookup.Found(request.model().sourceReference().orElseThrow(), model), KNOWLEDGE);

        assertThat(evaluation.findings()).extracting(Finding::code)
                .contains("KAGGLE_LICENSE_NOT_STATED", "KAGGLE_BASE_MODEL_NOT_FOLLOWED", "LICENSE_MISSING");
        assertThat(evaluation.lineage().baseModels()).isEmpty();
    }

    @Test
    void anUnreachableKaggleIsAnInfoFindingAndNothingIsAssumed() {
        ModelRequest request = request("kaggle", "google/gemma/keras/gemma_2b_en", null);

        LicenseEvaluation evaluation = evaluator.evaluate(request, ModelCards.none(), new SourceLookup.Unreachable(
                request.model().sourceReference().orElseThrow(), "Kaggle answered 503"), KNOWLEDGE);

        assertThat(evaluation.findings()).filteredOn(f -> f.code().equals("MODEL_SOURCE_UNREACHABLE"))
                .extracting(f -> f.severity().name()).containsExactly("INFO");
        assertThat(evaluation.findings()).filteredOn(f -> f.code().equals("LICENSE_MISSING")).hasSize(USE.size());
    }

    @Test
    void everyFrameworkHubAndWeightsEntryNamesKnownLicences() {
        io.modelintake.license.knowledge.FrameworkWeights.loadBundled().checkAgainst(KNOWLEDGE);
        for (String hub : SourceRef.FRAMEWORK_HUBS) {
            assertThat(io.modelintake.license.knowledge.FrameworkWeights.loadBundled().hub(hub)).as(hub).isPresent();
        }
    }

    private static ModelRequest request(String source, String sourceRef, String license) {
        return Requests.request(new ModelSpec("a model", source, null, null, license, null, null, List.of(), List.of(),
                sourceRef), USE, List.of("US"), 1000L, null);
    }

    private static Verdict verdict(LicenseEvaluation evaluation, String code, Activity activity) {
        return evaluation.findings().stream().filter(f -> f.code().equals(code) && f.activity() == activity)
                .map(Finding::verdict).findFirst().orElseThrow(() -> new AssertionError("no " + code + " for "
                        + activity + " in " + evaluation.findings()));
    }
}
