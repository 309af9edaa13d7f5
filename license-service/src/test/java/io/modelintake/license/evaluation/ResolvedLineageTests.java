package io.modelintake.license.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.ModelRequest;
import io.modelintake.contracts.ModelSpec;
import io.modelintake.license.knowledge.KnowledgeSnapshot;
import io.modelintake.license.knowledge.LicenseKnowledge;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * A dry run evaluates a request again from its resolved lineage alone ({@link ResolvedLineage}): the lineage it
 * resolves then is the one resolved before, and no card beyond it is asked for.
 */
class ResolvedLineageTests {

    private static final KnowledgeSnapshot KNOWLEDGE = LicenseKnowledge.loadBundled();
    private final LicenseEvaluator evaluator = new LicenseEvaluator();
    private final Map<String, ModelCardLookup> hub = new HashMap<>();
    private final ModelCards cards = repoId -> hub.getOrDefault(repoId, new ModelCardLookup.NotFound(repoId, "no such repo"));

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/cases/license-evaluation-cases.csv", delimiter = '|', numLinesToSkip = 1,
            maxCharsPerColumn = 2000)
    void everyRealCaseResolvesTheSameLineageAgain(String name, String model, String license, Activity activity,
            String jurisdictions, Long monthlyActiveUsers, Long annualRevenueUsd) {
        List<String> where = jurisdictions == null ? List.of() : Arrays.asList(jurisdictions.split(" "));
        ModelRequest request = Requests.request(model, license, List.of(activity), where, monthlyActiveUsers,
                annualRevenueUsd);
        Lineage resolved = evaluator.evaluate(request, ModelCards.none(), KNOWLEDGE).lineage();

        assertSameLineage(name, resolved, again(request, resolved).lineage());
    }

    @Test
    void aFineTuneKnownOnlyFromItsCardsKeepsItsBaseModelsDatasetsAndVerdicts() {
        card("acme/anime-xl", "openrail++", List.of("acme/base-xl"), List.of("laion/laion2B-en"));
        card("acme/base-xl", "cc-by-nc-4.0", List.of(), List.of("ffhq"));
        ModelRequest request = Requests.request(new ModelSpec("Anime XL", "huggingface", "acme/anime-xl", "main", null,
                null, null, List.of(), List.of()), List.of(Activity.COMMERCIAL_PRODUCT, Activity.INTERNAL_RESEARCH),
                List.of("US"), null, null);
        LicenseEvaluation first = evaluator.evaluate(request, cards, KNOWLEDGE);
        hub.clear(); // the Hub is gone: only the lineage speaks

        LicenseEvaluation second = again(request, first.lineage());

        assertSameLineage("fine-tune", first.lineage(), second.lineage());
        assertThat(first.lineage().baseModels()).extracting(Lineage.BaseModel::repoId).containsExactly("acme/base-xl");
        assertThat(verdicts(second)).isEqualTo(verdicts(first));
    }

    @Test
    void aRepoOutsideTheLineageIsUnreachableNotFetched() {
        ResolvedLineage lineage = new ResolvedLineage(new Lineage("acme/model", "MIT", "request", List.of(), List.of()));

        assertThat(lineage.find("someone/else")).isInstanceOf(ModelCardLookup.Unreachable.class);
        assertThat(lineage.find("ACME/model")).isInstanceOf(ModelCardLookup.Found.class);
    }

    private LicenseEvaluation again(ModelRequest request, Lineage resolved) {
        ResolvedLineage lineage = new ResolvedLineage(resolved);
        ModelRequest declared = lineage.request(request);
        return evaluator.evaluate(declared, lineage, lineage.source(declared), KNOWLEDGE);
    }

    private void card(String repoId, String license, List<String> bases, List<String> datasets) {
        hub.put(repoId, new ModelCardLookup.Found(new ModelCard(repoId, "0000000", license, null, null, bases, datasets,
                List.of())));
    }

    private static void assertSameLineage(String name, Lineage before, Lineage after) {
        assertThat(after.modelId()).as("%s: model", name).isEqualTo(before.modelId());
        assertThat(after.licenseExpression()).as("%s: licence", name).isEqualTo(before.licenseExpression());
        assertThat(after.baseModels()).as("%s: base models", name).isEqualTo(before.baseModels());
        assertThat(after.datasets()).as("%s: datasets", name).isEqualTo(before.datasets());
    }

    /** Per activity, the verdicts of the findings that carry one. */
    private static Map<Activity, List<String>> verdicts(LicenseEvaluation evaluation) {
        Map<Activity, List<String>> verdicts = new HashMap<>();
        for (Finding finding : evaluation.findings()) {
            if (finding.verdict() != null && finding.activity() != null) {
                verdicts.computeIfAbsent(finding.activity(), a -> new java.util.ArrayList<>())
                        .add(finding.code() + ":" + finding.subject().id() + ":" + finding.verdict());
            }
        }
        verdicts.values().forEach(list -> list.sort(String::compareTo));
        return verdicts;
    }
}
