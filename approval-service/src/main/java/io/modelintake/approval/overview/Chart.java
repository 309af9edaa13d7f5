package io.modelintake.approval.overview;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The numbers of one chart: categories along the x axis (time buckets or histogram bins), one or more series,
 * and how to draw them. The page draws it as SVG ({@link SvgChart}) and as a table of the same numbers.
 */
public record Chart(String id, String title, Kind kind, String xLabel, String yLabel, List<String> categories,
        List<Series> series) {

    public enum Kind {
        /** Bars, the series stacked on each other (counts that add up). */
        STACKED_BARS,
        /** One line per series (measures that do not add up, such as a median and a p90). */
        LINES
    }

    public Chart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /** Whether there is any number to draw. */
    public boolean isEmpty() {
        return series.stream().allMatch(s -> s.values().stream().allMatch(v -> v == null || v == 0));
    }

    /** The table's cell for a value: whole numbers without decimals, others with one; a gap as a dash. */
    public static String format(Double value) {
        if (value == null) {
            return "–";
        }
        if (value == Math.rint(value)) {
            return String.valueOf(value.longValue());
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
