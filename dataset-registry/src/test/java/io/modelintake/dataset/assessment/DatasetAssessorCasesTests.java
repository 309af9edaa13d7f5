package io.modelintake.dataset.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.SubjectKind;
import io.modelintake.contracts.TermsLayer;
import io.modelintake.contracts.Verdict;
import io.modelintake.dataset.knowledge.DatasetKnowledge;
import io.modelintake.dataset.knowledge.DatasetSnapshot;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The real cases of {@code cases/dataset-assessment.csv}: one dataset, one activity, at most one jurisdiction each. */
class DatasetAssessorCasesTests {

    private static final DatasetSnapshot SNAPSHOT = DatasetKnowledge.loadBundled();

    private final DatasetAssessor assessor = new DatasetAssessor();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/cases/dataset-assessment.csv", commentCharacter = '#')
    void assessesTheRealCase(String name, String dataset, Activity activity, String jurisdiction, boolean trainsItself,
                             String subjectKind, String subjectId, String ruleId, String verdict, String severity, String clause) {
        List<String> datasets = "NONE".equals(dataset) ? List.of() : List.of(dataset);
        List<String> jurisdictions = "-".equals(jurisdiction) ? List.of() : List.of(jurisdiction);

        List<Finding> findings = assessor.assess(Requests.request(trainsItself, datasets, List.of(activity), jurisdictions),
                Requests.lineage(List.of()), SNAPSHOT);

        List<Finding> matching = findings.stream()
                .filter(f -> f.ruleId().equals(ruleId))
                .filter(f -> f.subject().kind() == SubjectKind.fromJson(subjectKind) && f.subject().id().equals(subjectId))
                .filter(f -> f.activity() == null || f.activity() == activity)
                .toList();
        if ("ABSENT".equals(verdict)) {
            assertThat(matching).as("case '%s': no %s finding expected", name, ruleId).isEmpty();
            return;
        }
        assertThat(matching).as("case '%s': one %s finding on %s %s among %s", name, ruleId, subjectKind, subjectId, rules(findings)).hasSize(1);
        Finding finding = matching.get(0);
        assertThat(finding.verdict()).as("case '%s': verdict", name).isEqualTo(Verdict.valueOf(verdict));
        assertThat(finding.severity()).as("case '%s': severity", name).isEqualTo(Severity.valueOf(severity));
        assertThat(finding.message()).as("case '%s': message", name).isNotBlank();
        if (!"-".equals(clause)) {
            assertThat(finding.citations()).as("case '%s': a citation with clause '%s'", name, clause)
                    .anySatisfy(c -> {
                        assertThat(c.clause()).contains(clause);
                        assertThat(c.url()).startsWith("http");
                    });
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/cases/dataset-rests-on.csv", commentCharacter = '#')
    void saysWhichLayerTheFindingRestsOn(String name, String dataset, Activity activity, String jurisdiction,
                                         boolean trainsItself, String subjectKind, String subjectId, String ruleId,
                                         String restsOn) {
        List<String> datasets = "NONE".equals(dataset) ? List.of() : List.of(dataset);
        List<String> jurisdictions = "-".equals(jurisdiction) ? List.of() : List.of(jurisdiction);

        List<Finding> findings = assessor.assess(Requests.request(trainsItself, datasets, List.of(activity), jurisdictions),
                Requests.lineage(List.of()), SNAPSHOT);

        assertThat(findings).as("case '%s': %s on %s %s among %s", name, ruleId, subjectKind, subjectId, rules(findings))
                .filteredOn(f -> f.ruleId().equals(ruleId) && f.subject().id().equals(subjectId)
                        && f.subject().kind() == SubjectKind.fromJson(subjectKind))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.restsOn()).as("case '%s': restsOn", name)
                        .isEqualTo("-".equals(restsOn) ? null : TermsLayer.fromJson(restsOn)));
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + "@" + f.subject().kind().json() + ":" + f.subject().id()).toList();
    }
}
