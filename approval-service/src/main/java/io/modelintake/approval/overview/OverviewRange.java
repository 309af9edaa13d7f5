package io.modelintake.approval.overview;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The period the overview covers, ending now: the last 4 weeks in days, or the last 12 or 52 weeks in ISO weeks
 * (Monday 00:00 UTC). Times are bucketed in UTC whatever the server's zone, so every officer sees the same numbers.
 */
public enum OverviewRange {
    WEEKS_4(4, ChronoUnit.DAYS),
    WEEKS_12(12, ChronoUnit.WEEKS),
    WEEKS_52(52, ChronoUnit.WEEKS);

    public static final OverviewRange DEFAULT = WEEKS_12;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    private final int weeks;
    private final ChronoUnit step;

    OverviewRange(int weeks, ChronoUnit step) {
        this.weeks = weeks;
        this.step = step;
    }

    public int weeks() {
        return weeks;
    }

    /** The range of the query parameter {@code weeks} (4, 12 or 52); anything else is the default. */
    public static OverviewRange of(String weeks) {
        for (OverviewRange range : values()) {
            if (String.valueOf(range.weeks).equals(weeks == null ? "" : weeks.strip())) {
                return range;
            }
        }
        return DEFAULT;
    }

    /** "day" or "week": the width of one bucket, for titles. */
    public String bucketName() {
        return step == ChronoUnit.DAYS ? "day" : "week";
    }

    /** The buckets of the range ending at {@code now}, oldest first; the last one holds {@code now}. */
    public Buckets buckets(Instant now) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate last = step == ChronoUnit.DAYS ? today : today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int count = step == ChronoUnit.DAYS ? weeks * 7 : weeks;
        List<Instant> starts = new ArrayList<>(count);
        List<String> labels = new ArrayList<>(count);
        for (int i = count - 1; i >= 0; i--) {
            LocalDate start = last.minus(i, step);
            starts.add(start.atStartOfDay(ZoneOffset.UTC).toInstant());
            labels.add(start.format(DAY));
        }
        Duration width = step == ChronoUnit.DAYS ? Duration.ofDays(1) : Duration.ofDays(7);
        return new Buckets(starts, labels, width);
    }
}
