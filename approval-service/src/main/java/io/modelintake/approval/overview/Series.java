package io.modelintake.approval.overview;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** One named row of numbers of a chart, a value per category; a null value is a gap (nothing to measure). */
public record Series(String name, List<Double> values) {

    public Series {
        Objects.requireNonNull(name, "name");
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    public static Series counts(String name, int[] counts) {
        List<Double> values = new ArrayList<>(counts.length);
        for (int count : counts) {
            values.add((double) count);
        }
        return new Series(name, values);
    }

    public double total() {
        return values.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).sum();
    }
}
