package io.modelintake.approval.overview;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Consecutive time buckets of equal width (UTC days or ISO weeks), oldest first, each named by its first day. */
public record Buckets(List<Instant> starts, List<String> labels, Duration width) {

    public Buckets {
        starts = List.copyOf(starts);
        labels = List.copyOf(labels);
    }

    public int size() {
        return starts.size();
    }

    public Instant from() {
        return starts.get(0);
    }

    /** The end of the last bucket (exclusive). */
    public Instant to() {
        return starts.get(starts.size() - 1).plus(width);
    }

    /** The bucket that holds {@code at}, or -1 outside the range. */
    public int indexOf(Instant at) {
        if (at == null || at.isBefore(from()) || !at.isBefore(to())) {
            return -1;
        }
        return (int) (Duration.between(from(), at).toSeconds() / width.toSeconds());
    }
}
