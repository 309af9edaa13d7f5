package io.modelintake.approval.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.approval.simulation.OutcomeComparison.Comparison;
import io.modelintake.approval.simulation.OutcomeComparison.FindingChange;
import io.modelintake.approval.simulation.OutcomeComparison.Outcome;
import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.RiskTier;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.Subject;
import io.modelintake.contracts.SubjectKind;
import io.modelintake.contracts.Verdict;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * What changed between a request's recorded outcome and its simulated one, one row per case
 * (cases/outcome-comparison-cases.csv). A finding is {@code CODE/kind:id/ACTIVITY/VERDICT/SEVERITY} ({@code -} for no
 * verdict), findings are separated by {@code ;}; a change is {@code CODE ACTIVITY before>after}, {@code absent} where
 * the finding is not there.
 */
class OutcomeComparisonTests {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/cases/outcome-comparison-cases.csv", delimiter = '|', numLinesToSkip = 1)
    void comparesTheCase(String name, String before, RiskTier tierBefore, String after, RiskTier tierAfter,
            String changes) {
        Comparison comparison = OutcomeComparison.compare(new Outcome(findings(before), tierBefore),
                new Outcome(findings(after), tierAfter));

        assertThat(comparison.findings()).as(name).extracting(OutcomeComparisonTests::describe)
                .containsExactlyElementsOf(changes == null ? List.of() : Arrays.asList(changes.split(";")));
        assertThat(comparison.tierChanged()).as("%s: tier changed", name).isEqualTo(tierBefore != tierAfter);
        assertThat(comparison.changed()).as("%s: changed", name)
                .isEqualTo(tierBefore != tierAfter || changes != null);
    }

    @Test
    void theSeverityOfAChangeIsKeptOnBothSides() {
        Comparison comparison = OutcomeComparison.compare(
                new Outcome(findings("LICENSE_GRANT/license:MIT/SERVE_AS_API/ALLOWED/INFO"), RiskTier.LOW),
                new Outcome(findings("LICENSE_GRANT/license:MIT/SERVE_AS_API/PROHIBITED/BLOCKER"), RiskTier.PROHIBITED));

        assertThat(comparison.findings()).singleElement().satisfies(change -> {
            assertThat(change.severityBefore()).isEqualTo(Severity.INFO);
            assertThat(change.severityAfter()).isEqualTo(Severity.BLOCKER);
            assertThat(change.subject()).isEqualTo(Subject.of(SubjectKind.LICENSE, "MIT"));
        });
    }

    private static String describe(FindingChange change) {
        return change.code() + " " + change.activity() + " " + side(change.presentBefore(), change.verdictBefore())
                + ">" + side(change.presentAfter(), change.verdictAfter());
    }

    private static String side(boolean present, Verdict verdict) {
        return !present ? "absent" : verdict == null ? "-" : verdict.name();
    }

    static List<Finding> findings(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(";")).map(OutcomeComparisonTests::finding).toList();
    }

    private static Finding finding(String text) {
        String[] part = text.split("/(?=[A-Z_]+/|[A-Z]+$|-/)");
        String[] codeAndSubject = part[0].split("/", 2);
        String[] subject = codeAndSubject[1].split(":", 2);
        return new Finding(codeAndSubject[0], Severity.valueOf(part[3]),
                Subject.of(SubjectKind.fromJson(subject[0]), subject[1]), Activity.valueOf(part[1]), null,
                part[2].equals("-") ? null : Verdict.valueOf(part[2]), text, List.of(), List.of(), "TEST_RULE");
    }
}
