package io.modelintake.license.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.Verdict;
import io.modelintake.license.knowledge.KnowledgeSnapshot;
import io.modelintake.license.knowledge.LicenseKnowledge;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * One row per real case (cases/license-evaluation-cases.csv): a model and/or licence, one activity, where, users
 * and revenue, and the verdict expected for that activity (the worst over every finding of the lineage), a rule
 * id that must have produced one of them, an obligation and the clause the case checks.
 */
class LicenseEvaluationCasesTests {

    private static final KnowledgeSnapshot KNOWLEDGE = LicenseKnowledge.loadBundled();
    private final LicenseEvaluator evaluator = new LicenseEvaluator();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/cases/license-evaluation-cases.csv", delimiter = '|', numLinesToSkip = 1,
            maxCharsPerColumn = 2000)
    void evaluatesTheCase(String name, String model, String license, Activity activity, String jurisdictions,
            Long monthlyActiveUsers, Long annualRevenueUsd, Verdict verdict, String ruleId, String obligation,
            String clause) {
        List<String> where = jurisdictions == null ? List.of() : Arrays.asList(jurisdictions.split(" "));
        LicenseEvaluation evaluation = evaluator.evaluate(
                Requests.request(model, license, List.of(activity), where, monthlyActiveUsers, annualRevenueUsd),
                ModelCards.none(), KNOWLEDGE);
        List<Finding> findings = evaluation.findings().stream()
                .filter(finding -> finding.activity() == activity && finding.verdict() != null)
                .toList();

        assertThat(findings).as("%s: findings for %s", name, activity).isNotEmpty();
        assertThat(worst(findings)).as("%s: verdict; findings %s", name, findings).isEqualTo(verdict);
        if (ruleId != null) {
            assertThat(findings).as("%s: rule %s", name, ruleId).extracting(Finding::ruleId).contains(ruleId);
        }
        if (obligation != null) {
            assertThat(findings.stream().flatMap(finding -> finding.obligations().stream()))
                    .as("%s: an obligation containing '%s'", name, obligation)
                    .anyMatch(text -> text.contains(obligation));
        }
        if (clause != null) {
            assertThat(findings.stream().flatMap(finding -> finding.citations().stream())
                    .map(citation -> citation.clause()).filter(Objects::nonNull))
                    .as("%s: a citation of clause '%s'", name, clause)
                    .anyMatch(text -> text.contains(clause));
        }
    }

    private static Verdict worst(List<Finding> findings) {
        Verdict worst = Verdict.ALLOWED;
        for (Finding finding : findings) {
            if (worst.isMorePermissiveThan(finding.verdict())) {
                worst = finding.verdict();
            }
        }
        return worst;
    }
}
