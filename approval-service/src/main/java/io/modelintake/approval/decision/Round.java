package io.modelintake.approval.decision;

import io.modelintake.contracts.RiskTier;
import java.time.Instant;
import java.util.List;

/**
 * An earlier round of a task, kept as it stood when it closed: the decided approval a re-review replaced, or the
 * signatures given on facts that a re-evaluation made worse. {@code review} is the re-review that round was (null for
 * the first); {@code closedBecause} says why it closed.
 */
public record Round(
        Review review,
        RiskTier tier,
        TaskState state,
        List<Signature> signatures,
        List<String> conditions,
        String policyVersion,
        Instant closedAt,
        String closedBecause) {

    public Round {
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }
}
