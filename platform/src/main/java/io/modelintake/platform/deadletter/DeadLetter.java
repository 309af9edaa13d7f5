package io.modelintake.platform.deadletter;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * One event stored in a {@code <topic>.dlq} topic: where it sits there, what it was (CloudEvent id and type, the
 * request it is keyed by), where it failed and why, and whether an intake-admin has replayed it.
 */
public record DeadLetter(
        String dlqTopic,
        int partition,
        long offset,
        String requestId,
        String eventId,
        String eventType,
        String reason,
        String cause,
        String consumer,
        String originalTopic,
        Integer originalPartition,
        Long originalOffset,
        Instant at,
        Replay replay) {

    @JsonProperty("replayed")
    public boolean replayed() {
        return replay != null;
    }

    /** Who replayed the dead letter and when. */
    public record Replay(String by, Instant at) {
    }
}
