package io.modelintake.license.knowledge;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Verdict;
import java.util.List;

/**
 * A number in the terms beyond which the grant no longer holds for the given activities, e.g. Llama's
 * 700 M monthly active users or the Stability AI community licence's USD 1 M annual revenue.
 * {@code requires} says what is needed above it ("a separate licence from Meta").
 */
public record Threshold(
        ThresholdKind kind,
        long above,
        List<Activity> activities,
        Verdict verdictAbove,
        String requires,
        String clause,
        String quote) {

    public Threshold {
        activities = activities == null ? List.of() : List.copyOf(activities);
        verdictAbove = verdictAbove == null ? Verdict.PROHIBITED : verdictAbove;
    }
}
