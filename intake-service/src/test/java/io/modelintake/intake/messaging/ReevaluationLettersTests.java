package io.modelintake.intake.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelintake.platform.messaging.DeadLetters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which dead letters are failed re-evaluations, which leave the request's status alone. */
class ReevaluationLettersTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', nullValues = "null", quoteCharacter = '`', textBlock = """
            intake.request.reevaluation-requested | not json                                          | true
            approval.request.reevaluated          | {}                                                | true
            license.request.resolved              | {"request": {}, "reevaluation": {"jobId": "x"}}   | true
            dataset.request.assessed              | {"request": {}, "reevaluation": {"jobId": "x"}}   | true
            license.request.resolved              | {"request": {}, "reevaluation": null}             | false
            dataset.request.assessed              | {"request": {}}                                   | false
            intake.request.registered             | {"request": {}}                                   | false
            license.request.resolved              | not json                                          | false
            license.request.resolved              | null                                              | false
            """)
    void aReevaluationIsKnownByItsTopicOrItsPayload(String topic, String payload, boolean reevaluation) {
        DeadLetters letter = new DeadLetters("key", topic, "a reason", true);
        assertThat(ReevaluationLetters.isReevaluation(MAPPER, letter, payload)).isEqualTo(reevaluation);
    }
}
