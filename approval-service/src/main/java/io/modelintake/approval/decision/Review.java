package io.modelintake.approval.decision;

import java.time.Instant;
import java.util.Objects;

/**
 * A re-review of a decided approval: its kind, the reason in words (for a re-evaluation, its trigger, e.g. "license
 * Zlib changed by bob (…+r1 → …+r2)") and when it opened.
 */
public record Review(ReviewKind kind, String reason, Instant openedAt) {

    public Review {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(openedAt, "openedAt");
    }
}
