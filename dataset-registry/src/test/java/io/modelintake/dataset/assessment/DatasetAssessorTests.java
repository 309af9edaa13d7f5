package io.modelintake.dataset.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.SubjectKind;
import io.modelintake.contracts.Verdict;
import io.modelintake.dataset.knowledge.DatasetKnowledge;
import io.modelintake.dataset.knowledge.DatasetSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetAssessorTests {

    private static final DatasetSnapshot SNAPSHOT = DatasetKnowledge.loadBundled();

    private final DatasetAssessor assessor = new DatasetAssessor();

    @Test
    void aDatasetNamedByTheLineageAndTheRequestUnderTwoAliasesIsAssessedOnce() {
        List<Finding> findings = assessor.assess(
                Requests.request(false, List.of("imagenet-1k"), List.of(Activity.COMMERCIAL_PRODUCT), List.of()),
                Requests.lineage(List.of(new Lineage.DatasetRef("ILSVRC2012", "timm/resnet50.a1_in1k"))), SNAPSHOT);

        List<Finding> terms = findings.stream().filter(f -> f.subject().kind() == SubjectKind.DATASET)
                .filter(f -> f.activity() == Activity.COMMERCIAL_PRODUCT).toList();
        assertThat(terms).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("DATASET_CONTRACT_BINDS_ACCEPTING_PARTY");
            assertThat(f.subject().path()).containsExactly("timm/resnet50.a1_in1k", "ILSVRC2012");
            assertThat(f.message()).contains("timm/resnet50.a1_in1k").contains("not party");
        });
    }

    @Test
    void dataSourceFindingsNameThePathFromTheDatasetAsNamed() {
        List<Finding> findings = assessor.assess(
                Requests.request(false, List.of("laion/laion2B-en"), List.of(Activity.SERVE_AS_API), List.of("EU")),
                Requests.lineage(List.of()), SNAPSHOT);

        assertThat(findings).filteredOn(f -> f.subject().kind() == SubjectKind.DATA_SOURCE)
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.subject().path()).containsExactly("laion/laion2B-en", "web"));
    }

    @Test
    void everyRequestedActivityAndJurisdictionIsAnswered() {
        List<Activity> activities = List.of(Activity.SERVE_AS_API, Activity.SELL_OUTPUTS, Activity.INTERNAL_RESEARCH);
        List<Finding> findings = assessor.assess(
                Requests.request(false, List.of("laion/laion2B-en", "ffhq"), activities, List.of("EU", "US", "JP")),
                Requests.lineage(List.of()), SNAPSHOT);

        for (String dataset : List.of("laion-2b-en", "ffhq")) {
            assertThat(findings).filteredOn(f -> f.subject().kind() == SubjectKind.DATASET && dataset.equals(f.subject().id()))
                    .extracting(Finding::activity).containsAll(activities);
        }
        assertThat(findings).filteredOn(f -> f.subject().kind() == SubjectKind.JURISDICTION)
                .extracting(Finding::jurisdiction).contains("EU", "US", "JP");
    }

    @Test
    void everyFindingNamesItsRuleAndSaysSomething() {
        List<Finding> findings = assessor.assess(
                Requests.request(true, List.of("ms-celeb-1m", "the-pile", "alpaca", "common-voice", "unknown/thing"),
                        List.of(Activity.values()), List.of("EU", "US", "UK", "JP", "SG", "CN", "BR")),
                Requests.lineage(List.of()), SNAPSHOT);

        assertThat(findings).isNotEmpty().allSatisfy(f -> {
            assertThat(f.ruleId()).matches("[A-Z][A-Z0-9_]+");
            assertThat(f.code()).isNotBlank();
            assertThat(f.message()).isNotBlank();
            assertThat(f.severity()).isNotNull();
            assertThat(f.verdict()).isNotNull();
            assertThat(f.subject()).isNotNull();
        });
        assertThat(findings).filteredOn(f -> !f.ruleId().equals("DATASET_NOT_IN_REGISTRY") && !f.ruleId().equals("JURISDICTION_NOT_COVERED"))
                .allSatisfy(f -> assertThat(f.citations()).isNotEmpty());
    }

    @Test
    void noDatasetAtAllIsAHighProvenanceFindingNeverSilence() {
        List<Finding> findings = assessor.assess(
                Requests.request(false, List.of(), List.of(Activity.INTERNAL_TOOL), List.of("EU")), Requests.lineage(List.of()), SNAPSHOT);

        assertThat(findings).extracting(Finding::ruleId).containsExactly("DATASET_PROVENANCE_UNKNOWN");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.HIGH);
        assertThat(findings.get(0).verdict()).isEqualTo(Verdict.UNSPECIFIED);
        assertThat(findings.get(0).message()).contains("Provenance unknown");
    }

    @Test
    void anUnknownDatasetBesideAKnownOneIsStillReported() {
        List<Finding> findings = assessor.assess(
                Requests.request(false, List.of("coco", "acme/secret-data", "ACME/secret-data"), List.of(Activity.INTERNAL_TOOL), List.of()),
                Requests.lineage(List.of()), SNAPSHOT);

        assertThat(findings).filteredOn(f -> f.ruleId().equals("DATASET_NOT_IN_REGISTRY")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
        assertThat(findings).extracting(Finding::ruleId).doesNotContain("DATASET_PROVENANCE_UNKNOWN");
    }

    @Test
    void aFineTuneRequestMakesTheCompanyTheTrainer() {
        List<Finding> findings = assessor.assess(
                Requests.request(false, List.of("imagenet-1k"), List.of(Activity.FINE_TUNE, Activity.COMMERCIAL_PRODUCT), List.of()),
                Requests.lineage(List.of()), SNAPSHOT);

        assertThat(findings).filteredOn(f -> f.activity() == Activity.COMMERCIAL_PRODUCT && f.subject().kind() == SubjectKind.DATASET)
                .singleElement().satisfies(f -> {
                    assertThat(f.verdict()).isEqualTo(Verdict.PROHIBITED);
                    assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
                });
    }

    @Test
    void theAssessmentIsAFunctionOfItsInputs() {
        var request = Requests.request(false, List.of("laion/laion2B-en", "ffhq"), List.of(Activity.SERVE_AS_API), List.of("EU", "JP"));
        assertThat(assessor.assess(request, Requests.lineage(List.of()), SNAPSHOT))
                .isEqualTo(assessor.assess(request, Requests.lineage(List.of()), SNAPSHOT));
    }
}
