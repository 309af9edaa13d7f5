package io.modelintake.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Which events a consumer accepts as coming from their topic's owner (event-bus.yaml), row by row. */
class EventOriginTests {

    enum Expected { ACCEPTED, REFUSED }

    private final EventOrigin origin = EventOrigin.standard();

    @ParameterizedTest(name = "{0}: {1} from {2} is {3} ({4})")
    @CsvFileSource(resources = "/cases/event-origins.csv", delimiter = '|', commentCharacter = '#')
    void anEventIsAcceptedOnlyFromItsTopicsOwner(String topic, String type, String source, Expected expected, String why) {
        if (expected == Expected.ACCEPTED) {
            assertThat(origin.problem(topic, headers(type, source))).as(why).isEmpty();
        } else {
            assertThat(origin.problem(topic, headers(type, source))).as(why).isPresent();
        }
    }

    @Test
    void aRefusalNamesWhatTheTopicTakesAndWhatCame() {
        assertThatThrownBy(() -> origin.require("approval.request.decided",
                headers("modelintake.approval.decided.v1", "urn:modelintake:license-service")))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("not from the owner of approval.request.decided: it takes modelintake.approval.decided.v1 from "
                        + "urn:modelintake:approval-service, this event is modelintake.approval.decided.v1 from "
                        + "urn:modelintake:license-service");
    }

    private static Headers headers(String type, String source) {
        Headers headers = new RecordHeaders();
        if (type != null) {
            headers.add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        }
        if (source != null) {
            headers.add("ce_source", source.getBytes(StandardCharsets.UTF_8));
        }
        return headers;
    }
}
