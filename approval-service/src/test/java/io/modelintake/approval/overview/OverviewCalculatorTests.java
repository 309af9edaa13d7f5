package io.modelintake.approval.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelintake.contracts.DecisionRecord.Step;
import io.modelintake.contracts.RequestStatus;
import io.modelintake.contracts.RiskTier;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class OverviewCalculatorTests {

    /** A Wednesday: the current week began on Monday 2026-11-30, the first of 12 weeks on 2026-09-14. */
    static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/overview/series.csv", delimiter = '|', numLinesToSkip = 1, maxCharsPerColumn = 4096)
    void drawsTheSeries(String name, String weeks, String tasks, String ledger, String chart, String series,
            String expected) {
        Overview overview = OverviewCalculator.calculate(tasks(tasks), ledger(ledger), OverviewRange.of(weeks), NOW);

        Chart drawn = overview.charts().stream().filter(c -> c.id().equals(chart)).findFirst().orElseThrow();
        Series values = drawn.series().stream().filter(s -> s.name().equals(series)).findFirst()
                .orElseThrow(() -> new AssertionError(chart + " has no series " + series + ": "
                        + drawn.series().stream().map(Series::name).toList()));
        assertThat(values.values().stream().map(v -> v == null ? "-" : Chart.format(v)).toList())
                .isEqualTo(List.of(expected.split(" ")));
    }

    @Test
    void emptyDataHasEveryChartAndNoHeadline() {
        Overview overview = OverviewCalculator.calculate(List.of(), List.of(), OverviewRange.DEFAULT, NOW);

        assertThat(overview.charts()).extracting(Chart::id).containsExactly("chart-status", "chart-tier",
                "chart-lead-time", "chart-lead-histogram", "chart-re-reviews", "chart-overdue");
        assertThat(overview.charts()).allMatch(Chart::isEmpty);
        assertThat(overview.charts().get(0).series()).isEmpty();
        assertThat(overview).extracting(Overview::submitted, Overview::decided, Overview::medianLeadHours,
                Overview::reReviews, Overview::overdueNow).containsExactly(0, 0, null, 0, 0);
        assertThat(overview.medianLeadText()).isEqualTo("–");
    }

    @Test
    void headlineCountsTheRange() {
        List<TaskFact> tasks = tasks("r1 LOW APPROVED 2026-11-30T00:00:00Z 2026-11-30T02:00:00Z; "
                + "r2 HIGH REJECTED 2026-11-02T00:00:00Z 2026-11-02T05:00:00Z; "
                + "r3 MEDIUM AWAITING_APPROVAL 2026-12-01T00:00:00Z -; "
                + "r4 LOW APPROVED 2026-01-05T00:00:00Z 2026-01-05T09:00:00Z");
        List<LedgerFact> ledger = ledger("r1 REEVALUATION WORSE 2026-12-01T00:00:00Z ACTION:OPEN_REVIEW; "
                + "r2 EXPIRY EXPIRY_REVIEW_OPENED 2026-12-01T00:00:00Z -; "
                + "r2 EXPIRY EXPIRED 2026-12-02T00:00:00Z -; "
                + "r1 CONDITION_FOLLOW_UP CONDITION_OVERDUE 2026-12-02T11:00:00Z CONDITION:1");

        Overview overview = OverviewCalculator.calculate(tasks, ledger, OverviewRange.WEEKS_12, NOW);

        assertThat(overview.submitted()).isEqualTo(3);
        assertThat(overview.decided()).isEqualTo(2);
        assertThat(overview.medianLeadText()).isEqualTo("2");
        assertThat(overview.reReviews()).isEqualTo(2);
        assertThat(overview.overdueNow()).isEqualTo(1);
    }

    @Test
    void aRecordAfterNowIsNotOverdueYet() {
        Overview overview = OverviewCalculator.calculate(List.of(),
                ledger("r1 CONDITION_FOLLOW_UP CONDITION_OVERDUE 2026-12-02T12:00:01Z CONDITION:1"),
                OverviewRange.WEEKS_12, NOW);

        assertThat(overview.overdueNow()).isZero();
    }

    @Test
    void statusesAreStackedInTheirLifecycleOrder() {
        Overview overview = OverviewCalculator.calculate(tasks("r1 LOW REJECTED 2026-11-30T00:00:00Z -; "
                + "r2 LOW APPROVED 2026-11-30T00:00:00Z -; r3 LOW AWAITING_APPROVAL 2026-11-30T00:00:00Z -"),
                List.of(), OverviewRange.WEEKS_4, NOW);

        assertThat(overview.charts().get(0).series()).extracting(Series::name)
                .containsExactly("Awaiting approval", "Approved", "Rejected");
        assertThat(overview.charts().get(0).categories()).hasSize(28).startsWith("Nov 5").endsWith("Dec 2");
    }

    @Test
    void aSeriesMustHaveAValuePerCategory() {
        assertThatThrownBy(() -> new Chart("c", "t", Chart.Kind.LINES, "x", "y", List.of("a", "b"),
                List.of(new Series("s", List.of(1.0)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 values for 2 categories");
    }

    @Test
    void percentilesByNearestRank() {
        assertThat(OverviewCalculator.percentile(List.of(), 50)).isNull();
        assertThat(OverviewCalculator.percentile(List.of(7.25), 90)).isEqualTo(7.3);
        assertThat(OverviewCalculator.percentile(List.of(4.0, 1.0, 3.0, 2.0), 50)).isEqualTo(2.0);
        assertThat(OverviewCalculator.percentile(List.of(4.0, 1.0, 3.0, 2.0), 90)).isEqualTo(4.0);
    }

    /** "r1 LOW APPROVED opened decided; …", the request submitted when its task opened, "-" for no decision. */
    static List<TaskFact> tasks(String text) {
        return entries(text).stream().map(entry -> {
            String[] f = entry.split(" ");
            Instant opened = Instant.parse(f[3]);
            return new TaskFact(id(f[0]), RiskTier.valueOf(f[1]), RequestStatus.valueOf(f[2]), opened, opened,
                    f[4].equals("-") ? null : Instant.parse(f[4]));
        }).toList();
    }

    /** "r1 STEP DECISION at reason,reason; …", "-" for no reasons. */
    static List<LedgerFact> ledger(String text) {
        return entries(text).stream().map(entry -> {
            String[] f = entry.split(" ");
            return new LedgerFact(id(f[0]), Step.valueOf(f[1]), f[2],
                    f[4].equals("-") ? List.of() : Arrays.asList(f[4].split(",")), Instant.parse(f[3]));
        }).toList();
    }

    private static List<String> entries(String text) {
        return text == null || text.equals("-") ? List.of()
                : Arrays.stream(text.split(";")).map(String::strip).toList();
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
