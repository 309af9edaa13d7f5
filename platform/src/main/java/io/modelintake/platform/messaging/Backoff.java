package io.modelintake.platform.messaging;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential back-off between retries of a transient failure: {@code initial}, doubled per attempt up to
 * {@code max}, with ±10 % random jitter so that many consumers recovering at once do not retry in step.
 */
public record Backoff(Duration initial, Duration max) {

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("back-off needs 0 < initial <= max, got " + initial + " and " + max);
        }
    }

    /** The pause before attempt {@code attempt + 1}, after {@code attempt} failures (1-based). */
    public Duration delay(int attempt) {
        long millis = initial.toMillis();
        for (int i = 1; i < attempt && millis < max.toMillis(); i++) {
            millis *= 2;
        }
        millis = Math.min(millis, max.toMillis());
        long jitter = ThreadLocalRandom.current().nextLong(millis / 5 + 1);
        return Duration.ofMillis(Math.max(1, Math.min(max.toMillis(), millis - millis / 10 + jitter)));
    }

    /** Sleeps {@link #delay(int)}; an interrupt ends the pause early and stays set for the caller to see. */
    public void pause(int attempt) {
        try {
            Thread.sleep(delay(attempt).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
