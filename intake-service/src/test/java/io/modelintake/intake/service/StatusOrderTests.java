package io.modelintake.intake.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.contracts.RequestStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusOrderTests {

    @ParameterizedTest(name = "applied {0}, proposed {1}: replaces {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            none | 0 | true
            none | 1 | true
            0    | 1 | true
            1    | 2 | true
            2    | 1 | false
            2    | 2 | false
            1    | 0 | false
            """)
    void onlyALaterDecisionReplacesTheAppliedOne(Long applied, long proposed, boolean replaces) {
        assertThat(StatusOrder.replacesDecision(applied, proposed)).isEqualTo(replaces);
    }

    @ParameterizedTest(name = "{0} then {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            APPROVED                 | UNDER_REVIEW             | UNDER_REVIEW
            UNDER_REVIEW             | REJECTED                 | REJECTED
            UNDER_REVIEW             | APPROVED_WITH_CONDITIONS | APPROVED_WITH_CONDITIONS
            APPROVED                 | EXPIRED                  | EXPIRED
            EXPIRED                  | APPROVED                 | APPROVED
            UNDER_REVIEW             | LICENSE_RESOLVED         | UNDER_REVIEW
            EXPIRED                  | DATASETS_ASSESSED        | EXPIRED
            UNDER_REVIEW             | AWAITING_APPROVAL        | UNDER_REVIEW
            """)
    void aDecisionMovesADecidedRequestAndAStepNever(RequestStatus current, RequestStatus proposed, RequestStatus result) {
        assertThat(StatusOrder.advance(current, proposed)).isEqualTo(result);
    }
}
