package io.modelintake.approval.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OverviewRangeTests {

    @ParameterizedTest(name = "weeks={0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "4|WEEKS_4", "12|WEEKS_12", "52|WEEKS_52", " 52 |WEEKS_52",
            "null|WEEKS_12", "''|WEEKS_12", "7|WEEKS_12", "-4|WEEKS_12", "4; drop table|WEEKS_12", "<b>|WEEKS_12"})
    void readsTheQueryParameter(String weeks, OverviewRange expected) {
        assertThat(OverviewRange.of(weeks)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} at {1}: {2} buckets from {3}")
    @CsvSource(delimiter = '|', value = {
            "WEEKS_4|2026-12-02T12:00:00Z|28|2026-11-05T00:00:00Z|P1D",
            "WEEKS_12|2026-12-02T12:00:00Z|12|2026-09-14T00:00:00Z|P7D",
            "WEEKS_52|2026-12-02T12:00:00Z|52|2025-12-08T00:00:00Z|P7D",
            // On Monday at midnight the new week is the current one.
            "WEEKS_12|2026-11-30T00:00:00Z|12|2026-09-14T00:00:00Z|P7D",
            // On Sunday just before midnight it is still the old one.
            "WEEKS_12|2026-11-29T23:59:59Z|12|2026-09-07T00:00:00Z|P7D",
            // Across a year end.
            "WEEKS_4|2027-01-01T00:30:00Z|28|2026-12-05T00:00:00Z|P1D"})
    void bucketsEndWithTheCurrentOne(OverviewRange range, Instant now, int size, Instant from, Duration width) {
        Buckets buckets = range.buckets(now);

        assertThat(buckets.size()).isEqualTo(size);
        assertThat(buckets.from()).isEqualTo(from);
        assertThat(buckets.width()).isEqualTo(width);
        assertThat(buckets.indexOf(now)).isEqualTo(size - 1);
        assertThat(buckets.indexOf(from)).isZero();
        assertThat(buckets.indexOf(from.minusNanos(1))).isEqualTo(-1);
        assertThat(buckets.indexOf(buckets.to())).isEqualTo(-1);
        assertThat(buckets.indexOf(null)).isEqualTo(-1);
    }

    @Test
    void bucketsAreUtcWhateverTheServersZone() {
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Buckets buckets = OverviewRange.WEEKS_12.buckets(Instant.parse("2026-11-29T20:00:00Z"));

            assertThat(buckets.to()).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
            assertThat(buckets.labels().get(buckets.size() - 1)).isEqualTo("Nov 23");
        } finally {
            TimeZone.setDefault(zone);
        }
    }
}
