package io.modelintake.license.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.ModelRequest;
import io.modelintake.contracts.ModelSpec;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.SubjectKind;
import io.modelintake.contracts.Verdict;
import io.modelintake.license.knowledge.KnowledgeSnapshot;
import io.modelintake.license.knowledge.LicenseKnowledge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lineage, card handling and finding shape; the verdict table lives in LicenseEvaluationCasesTests. */
class LicenseEvaluatorTests {

    private static final KnowledgeSnapshot KNOWLEDGE = LicenseKnowledge.loadBundled();
    private final LicenseEvaluator evaluator = new LicenseEvaluator();
    private final Map<String, ModelCardLookup> hub = new HashMap<>();
    private final ModelCards cards = repoId -> hub.getOrDefault(repoId,
            new ModelCardLookup.NotFound(repoId, "Hub answered 404"));

    @Test
    void aFineTuneDeclaredMitStillCarriesTheRailRestrictionsOfItsBase() {
        card("my/fine-tune", "mit", List.of("CompVis/stable-diffusion-v1-4"), List.of("my-photos"));

        LicenseEvaluation evaluation = evaluate(spec("my/fine-tune", null), List.of(Activity.SERVE_AS_API));

        assertThat(evaluation.lineage().licenseExpression()).isEqualTo("MIT");
        assertThat(evaluation.lineage().licenseOrigin()).isEqualTo("model-card");
        assertThat(evaluation.findings())
                .filteredOn(finding -> finding.subject().kind() == SubjectKind.BASE_MODEL)
                .extracting(Finding::code, finding -> finding.subject().path(), Finding::verdict, Finding::ruleId)
                .containsExactly(tuple("BASE_MODEL_RESTRICTION_FLOWS_DOWN",
                        List.of("my/fine-tune", "CompVis/stable-diffusion-v1-4", "LicenseRef-CreativeML-OpenRAIL-M"),
                        Verdict.CONDITIONAL, "BASE_MODEL_FLOW_DOWN"));
        assertThat(evaluation.lineage().datasets()).extracting(Lineage.DatasetRef::id, Lineage.DatasetRef::namedBy)
                .containsExactly(tuple("my-photos", "my/fine-tune"),
                        tuple("laion/laion2B-en", "CompVis/stable-diffusion-v1-4"),
                        tuple("laion-aesthetics-v2-5plus", "CompVis/stable-diffusion-v1-4"));
    }

    @Test
    void aNonCommercialBaseBlocksAProductWhateverTheFineTuneDeclares() {
        LicenseEvaluation evaluation = evaluate(new ModelSpec("nllb-ft", "huggingface", "acme/nllb-ft", "main",
                "apache-2.0", null, null, List.of("facebook/nllb-200-distilled-600M"), List.of()),
                List.of(Activity.COMMERCIAL_PRODUCT));

        assertThat(evaluation.findings())
                .filteredOn(finding -> finding.verdict() == Verdict.PROHIBITED)
                .extracting(finding -> finding.subject().id(), Finding::severity)
                .containsExactly(tuple("facebook/nllb-200-distilled-600M", Severity.BLOCKER));
    }

    @Test
    void otherWithALicenseNameOnTheCardResolves() {
        card("black-forest-labs/FLUX.1-dev", null, List.of(), List.of());
        hub.put("black-forest-labs/FLUX.1-dev", new ModelCardLookup.Found(new ModelCard("black-forest-labs/FLUX.1-dev",
                "0ef5fff", "other", "flux-1-dev-non-commercial-license", "LICENSE.md", List.of(), List.of(),
                List.of("other"))));

        LicenseEvaluation evaluation = evaluate(spec("black-forest-labs/FLUX.1-dev", null), List.of(Activity.SERVE_AS_API));

        assertThat(evaluation.lineage().licenseExpression()).isEqualTo("LicenseRef-FLUX-1-dev-Non-Commercial");
        assertThat(evaluation.findings()).extracting(Finding::verdict).containsExactly(Verdict.PROHIBITED);
    }

    @Test
    void otherInTheRequestResolvesThroughItsLicenseLink() {
        ModelSpec spec = new ModelSpec("flux", "other", null, null, "other", "FLUX dev licence",
                "https://huggingface.co/black-forest-labs/FLUX.1-dev/blob/main/LICENSE.md", List.of(), List.of());

        LicenseEvaluation evaluation = evaluate(spec, List.of(Activity.COMMERCIAL_PRODUCT));

        assertThat(evaluation.lineage().licenseExpression()).isEqualTo("LicenseRef-FLUX-1-dev-Non-Commercial");
    }

    @Test
    void anUnreachableHubIsAFindingAndTheCatalogueAnswers() {
        LicenseEvaluation evaluation = evaluator.evaluate(Requests.request(spec("bert-base-uncased", null),
                List.of(Activity.INTERNAL_TOOL), List.of("US"), null, null), repoId -> {
                    throw new IllegalStateException("connection reset");
                }, KNOWLEDGE);

        assertThat(evaluation.lineage().licenseOrigin()).isEqualTo("catalogue");
        assertThat(evaluation.findings()).extracting(Finding::code, Finding::severity)
                .contains(tuple("MODEL_CARD_UNREACHABLE", Severity.INFO),
                        tuple("LICENSE_ALLOWS_ACTIVITY", Severity.INFO));
        assertThat(evaluation.lineage().datasets()).extracting(Lineage.DatasetRef::id)
                .containsExactly("bookcorpus", "wikipedia");
    }

    @Test
    void anUnknownModelWithoutCardIsForAHuman() {
        LicenseEvaluation evaluation = evaluate(spec("nobody/knows", null), List.of(Activity.SERVE_AS_API));

        assertThat(evaluation.findings()).extracting(Finding::code, Finding::severity, Finding::verdict)
                .containsExactly(tuple("MODEL_CARD_NOT_FOUND", Severity.WARNING, null),
                        tuple("LICENSE_MISSING", Severity.HIGH, Verdict.UNSPECIFIED));
        assertThat(evaluation.lineage().licenseExpression()).isNull();
    }

    @Test
    void anUnknownBaseModelWithoutCardIsForAHuman() {
        LicenseEvaluation evaluation = evaluate(new ModelSpec("x", "huggingface", "acme/x", "main", "mit", null, null,
                List.of("acme/secret-base"), List.of()), List.of(Activity.FINE_TUNE));

        assertThat(evaluation.findings()).extracting(Finding::code)
                .contains("MODEL_CARD_NOT_FOUND", "LICENSE_MISSING");
        assertThat(evaluation.lineage().baseModels()).extracting(Lineage.BaseModel::repoId, Lineage.BaseModel::licenseExpression)
                .containsExactly(tuple("acme/secret-base", null));
    }

    @Test
    void aLineageCycleIsReportedOnceAndTheWalkEnds() {
        card("acme/a", "mit", List.of("acme/b"), List.of());
        card("acme/b", "creativeml-openrail-m", List.of("acme/a"), List.of());

        LicenseEvaluation evaluation = evaluate(spec("acme/a", null), List.of(Activity.SERVE_AS_API));

        assertThat(evaluation.findings()).extracting(Finding::code).containsOnlyOnce("LINEAGE_CYCLE");
        assertThat(evaluation.lineage().baseModels()).extracting(Lineage.BaseModel::repoId).containsExactly("acme/b");
    }

    @Test
    void aVeryDeepLineageIsCutWithAFinding() {
        for (int i = 0; i < 12; i++) {
            card("acme/m" + i, "apache-2.0", List.of("acme/m" + (i + 1)), List.of());
        }

        LicenseEvaluation evaluation = evaluate(spec("acme/m0", null), List.of(Activity.INTERNAL_RESEARCH));

        assertThat(evaluation.lineage().baseModels()).hasSize(LicenseEvaluator.MAX_LINEAGE_DEPTH);
        assertThat(evaluation.findings()).extracting(Finding::code).containsOnlyOnce("LINEAGE_TOO_DEEP");
    }

    @Test
    void aRequestLicenceThatDiffersFromTheCatalogueIsFlagged() {
        LicenseEvaluation evaluation = evaluate(spec("RunDiffusion/Juggernaut-XL-v9", "mit"), List.of(Activity.SERVE_AS_API));

        assertThat(evaluation.findings()).filteredOn(finding -> finding.code().equals("LICENSE_DECLARATIONS_DIFFER"))
                .singleElement().satisfies(finding -> {
                    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
                    assertThat(finding.message()).contains("MIT", "LicenseRef-CreativeML-OpenRAIL-M");
                });
        assertThat(evaluation.findings()).extracting(Finding::verdict).contains(Verdict.PROHIBITED);
    }

    @Test
    void aRequestLicenceThatDiffersFromTheCardIsFlagged() {
        card("acme/ft", "cc-by-nc-4.0", List.of(), List.of());

        LicenseEvaluation evaluation = evaluate(spec("acme/ft", "apache-2.0"), List.of(Activity.INTERNAL_TOOL));

        assertThat(evaluation.findings()).extracting(Finding::code).contains("LICENSE_DECLARATIONS_DIFFER");
    }

    @Test
    void theCompanysOwnTrainingRunIsBoundOnlyByItsBasesAndData() {
        LicenseEvaluation evaluation = evaluate(new ModelSpec("our-detector", "internal", null, null, null, null, null,
                List.of("Ultralytics/YOLOv8"), List.of("coco")), List.of(Activity.SERVE_AS_API));

        assertThat(evaluation.findings()).extracting(Finding::code, Finding::verdict)
                .containsExactly(tuple("OWN_TRAINING_RUN", Verdict.ALLOWED),
                        tuple("BASE_MODEL_RESTRICTION_FLOWS_DOWN", Verdict.CONDITIONAL));
        assertThat(evaluation.lineage().datasets()).extracting(Lineage.DatasetRef::id).containsExactly("coco");
    }

    @Test
    void withoutActivitiesEveryActivityIsEvaluated() {
        LicenseEvaluation evaluation = evaluate(spec(null, "apache-2.0"), List.of());

        assertThat(evaluation.findings()).extracting(Finding::activity).containsExactly(Activity.values());
    }

    @Test
    void anOrNamesTheOptionChosen() {
        LicenseEvaluation evaluation = evaluate(spec(null, "CC-BY-NC-4.0 OR Apache-2.0"), List.of(Activity.SERVE_AS_API));

        assertThat(evaluation.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).contains("option Apache-2.0 chosen");
            assertThat(finding.subject().id()).isEqualTo("CC-BY-NC-4.0 OR Apache-2.0");
        });
    }

    @Test
    void theSameRequestGivesTheSameFindings() {
        ModelSpec spec = spec("RunDiffusion/Juggernaut-XL-v9", null);
        assertThat(evaluate(spec, List.of(Activity.SERVE_AS_API)))
                .isEqualTo(evaluate(spec, List.of(Activity.SERVE_AS_API)));
    }

    @Test
    void theCardsOfTheWholeLineageAreGatheredBeforeTheEvaluationWhichThenAsksNothing() {
        card("my/fine-tune", "mit", List.of("acme/base"), List.of());
        card("acme/base", "apache-2.0", List.of("CompVis/stable-diffusion-v1-4"), List.of());
        List<String> asked = new ArrayList<>();
        ModelCards source = repoId -> {
            asked.add(repoId);
            return cards.find(repoId);
        };
        ModelRequest request = Requests.request(new ModelSpec("ft", "huggingface", "my/fine-tune", "main", null, null,
                null, List.of("acme/named-by-request"), List.of()), List.of(Activity.SERVE_AS_API), List.of("US"), 1000L, null);

        GatheredModelCards gathered = evaluator.gatherCards(request, source, KNOWLEDGE);

        // the catalogue knows stable-diffusion-v1-4: its card is not needed
        assertThat(gathered.answers().keySet())
                .containsExactly("my/fine-tune", "acme/named-by-request", "acme/base");
        assertThat(asked).containsExactlyElementsOf(gathered.answers().keySet());
        asked.clear();
        assertThat(evaluator.evaluate(request, gathered, KNOWLEDGE)).isEqualTo(evaluator.evaluate(request, cards, KNOWLEDGE));
        assertThat(asked).isEmpty();
    }

    @Test
    void cardsAreGatheredAsDeepAsTheEvaluationWalks() {
        for (int i = 0; i < 12; i++) {
            card("acme/m" + i, "apache-2.0", List.of("acme/m" + (i + 1)), List.of());
        }
        ModelRequest request = Requests.request(spec("acme/m0", null), List.of(Activity.INTERNAL_RESEARCH),
                List.of("US"), 1000L, null);

        GatheredModelCards gathered = evaluator.gatherCards(request, cards, KNOWLEDGE);

        assertThat(gathered.answers()).hasSize(1 + LicenseEvaluator.MAX_LINEAGE_DEPTH)
                .containsKey("acme/m" + LicenseEvaluator.MAX_LINEAGE_DEPTH)
                .doesNotContainKey("acme/m" + (LicenseEvaluator.MAX_LINEAGE_DEPTH + 1));
    }

    @Test
    void aKnownModelWithItsLicenceDeclaredNeedsNoCard() {
        ModelRequest request = Requests.request(spec("RunDiffusion/Juggernaut-XL-v9", "creativeml-openrail-m"),
                List.of(Activity.SERVE_AS_API), List.of("US"), 1000L, null);

        assertThat(evaluator.gatherCards(request, repoId -> {
            throw new AssertionError("asked for " + repoId);
        }, KNOWLEDGE).answers()).isEmpty();
    }

    @Test
    void aCardThatWasNotGatheredIsUnreachableNotFetched() {
        GatheredModelCards nothing = evaluator.gatherCards(Requests.request(spec(null, "mit"), List.of(), List.of(),
                null, null), cards, KNOWLEDGE);

        assertThat(nothing.find("acme/late")).isInstanceOf(ModelCardLookup.Unreachable.class);
    }

    private LicenseEvaluation evaluate(ModelSpec spec, List<Activity> activities) {
        return evaluator.evaluate(Requests.request(spec, activities, List.of("US"), 1000L, null), cards, KNOWLEDGE);
    }

    private void card(String repoId, String license, List<String> bases, List<String> datasets) {
        hub.put(repoId, new ModelCardLookup.Found(new ModelCard(repoId, "0000000", license, null, null, bases,
                datasets, license == null ? List.of() : List.of(license))));
    }

    private static ModelSpec spec(String repoId, String license) {
        return new ModelSpec(repoId == null ? "model" : repoId, "huggingface", repoId, "main", license, null, null,
                List.of(), List.of());
    }
}
