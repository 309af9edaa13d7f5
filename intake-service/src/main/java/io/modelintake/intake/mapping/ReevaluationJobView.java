package io.modelintake.intake.mapping;

import io.modelintake.contracts.events.KnowledgeChanged;
import java.time.Instant;
import java.util.UUID;

/**
 * A re-evaluation job as {@code GET /api/reevaluations/{jobId}} shows it: {@code state} RUNNING or DONE (every affected
 * request was asked for), what triggered it, the change, and its counts.
 */
public record ReevaluationJobView(
        UUID id,
        String state,
        String trigger,
        KnowledgeChanged change,
        Instant startedAt,
        String startedBy,
        Instant finishedAt,
        Counts counts) {

    /**
     * {@code affected}: requests found so far; {@code requested}: asked to re-run; {@code evaluated}: compared by
     * approval-service, of which {@code worse}, {@code same} and {@code better}.
     */
    public record Counts(long affected, long requested, long evaluated, long worse, long same, long better) {
    }
}
