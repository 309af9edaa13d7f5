package io.modelintake.approval.ui;

import io.modelintake.approval.overview.Chart;
import io.modelintake.approval.overview.Overview;
import io.modelintake.approval.overview.OverviewCalculator;
import io.modelintake.approval.overview.OverviewRange;
import io.modelintake.approval.overview.OverviewReader;
import io.modelintake.approval.overview.Series;
import io.modelintake.approval.overview.SvgChart;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The officers' and auditors' overview (issue 15): requests by status and tier over time, decision lead time,
 * re-reviews and overdue conditions, as server-drawn SVG charts with a table of the same numbers under each.
 */
@Path("/ui/overview")
public class OverviewPage {

    /** A chart as the template shows it: its numbers and its drawing, escaped by {@link SvgChart} itself (its tests parse it). */
    public record DrawnChart(Chart chart, RawString svg) {

        /** The table under the chart: a row per category, its label then a cell per series. */
        public List<List<String>> rows() {
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < chart.categories().size(); i++) {
                List<String> row = new ArrayList<>();
                row.add(chart.categories().get(i));
                for (Series series : chart.series()) {
                    row.add(Chart.format(series.values().get(i)));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(Viewer viewer, Overview overview, List<DrawnChart> charts,
                List<OverviewRange> ranges);
    }

    private final OverviewReader reader;
    private final Session session;
    private final Clock clock;

    public OverviewPage(OverviewReader reader, Session session, Clock clock) {
        this.reader = reader;
        this.session = session;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance overview(@QueryParam("weeks") String weeks) {
        Viewer viewer = session.viewer();
        if (!viewer.readsQueue()) {
            throw new PageException(403, "Officers and auditors only",
                    "The overview is for compliance officers and auditors.");
        }
        OverviewRange range = OverviewRange.of(weeks);
        Instant now = clock.instant();
        Instant from = range.buckets(now).from();
        Overview overview = OverviewCalculator.calculate(reader.tasks(from), reader.ledger(from), range, now);
        List<DrawnChart> charts = overview.charts().stream().map(c -> new DrawnChart(c, new RawString(SvgChart.svg(c)))).toList();
        return Templates.overview(viewer, overview, charts, List.of(OverviewRange.values()));
    }
}
