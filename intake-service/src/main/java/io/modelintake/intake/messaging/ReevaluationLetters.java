package io.modelintake.intake.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelintake.contracts.events.Topics;
import io.modelintake.platform.messaging.DeadLetters;
import java.util.Set;

/** Whether a dead letter is a failed re-evaluation rather than a request's first pass through a step. */
final class ReevaluationLetters {

    private static final Set<String> REEVALUATION_TOPICS = Set.of(Topics.REEVALUATION_REQUESTED, Topics.REQUEST_REEVALUATED);

    private ReevaluationLetters() {
    }

    /**
     * A dead letter of the re-evaluation topics is one; so is a step's event ({@code LicenseResolved},
     * {@code DatasetsAssessed}) that carries a {@code reevaluation}. An unreadable payload counts as a first pass.
     */
    static boolean isReevaluation(ObjectMapper mapper, DeadLetters letter, String payload) {
        if (REEVALUATION_TOPICS.contains(letter.topic())) {
            return true;
        }
        if (payload == null) {
            return false;
        }
        try {
            JsonNode reevaluation = mapper.readTree(payload).path("reevaluation");
            return reevaluation.isObject();
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
