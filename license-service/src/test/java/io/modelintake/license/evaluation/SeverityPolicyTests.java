package io.modelintake.license.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.contracts.Severity;
import io.modelintake.contracts.Verdict;
import io.modelintake.license.knowledge.ObligationWeight;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeverityPolicyTests {

    @ParameterizedTest(name = "{0} with {1} obligations is {2}")
    @CsvSource({
        "PROHIBITED, LIGHT, BLOCKER",
        "PROHIBITED, HEAVY, BLOCKER",
        "UNSPECIFIED, LIGHT, HIGH",
        "CONDITIONAL, HEAVY, WARNING",
        "CONDITIONAL, LIGHT, INFO",
        "ALLOWED, LIGHT, INFO"
    })
    void mapsVerdictAndObligationWeightToSeverity(Verdict verdict, ObligationWeight weight, Severity expected) {
        assertThat(new SeverityPolicy().severityOf(verdict, weight)).isEqualTo(expected);
    }
}
