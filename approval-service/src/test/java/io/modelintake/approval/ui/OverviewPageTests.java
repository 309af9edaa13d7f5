package io.modelintake.approval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.approval.AssessedRequests;
import io.modelintake.approval.audit.Ledger;
import io.modelintake.approval.overview.Chart;
import io.modelintake.approval.overview.Overview;
import io.modelintake.approval.overview.OverviewCalculator;
import io.modelintake.approval.overview.OverviewRange;
import io.modelintake.approval.overview.OverviewReader;
import io.modelintake.approval.overview.Series;
import io.modelintake.approval.overview.SvgChart;
import io.modelintake.approval.overview.TaskFact;
import io.modelintake.contracts.Activity;
import io.modelintake.contracts.DecisionRecord;
import io.modelintake.contracts.RequestStatus;
import io.modelintake.contracts.Roles;
import io.modelintake.testsupport.CloudEventsClient;
import io.modelintake.testsupport.KafkaTestResource;
import io.modelintake.testsupport.KeycloakTestResource;
import io.modelintake.testsupport.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.RawString;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The overview read from the database and rendered by its template. A page needs a browser session through
 * Keycloak, whose redirect URIs do not cover the test's port, so the role gate and the browser are tested in
 * e2e-tests ({@code OverviewUiIT}); here the reader's SQL, the numbers and the escaping of what the page shows.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class OverviewPageTests {

    private static final String HOSTILE = "<img src=x onerror=alert(1)>";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    OverviewReader reader;

    @Inject
    Ledger ledger;

    @Test
    void readsTasksAndLedgerRecordsAndRendersTheirNumbers() throws Exception {
        UUID id;
        try (CloudEventsClient kafka = new CloudEventsClient(bootstrapServers)) {
            id = AssessedRequests.deliver(kafka, "alice", "Overview model", List.of(Activity.INTERNAL_RESEARCH));
        }
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> {
            ledger.append(record(id, DecisionRecord.Step.REEVALUATION, "WORSE", List.of("LICENSE_CHANGED", "ACTION:OPEN_REVIEW"), now));
            ledger.append(record(id, DecisionRecord.Step.CONDITION_FOLLOW_UP, "CONDITION_OVERDUE",
                    List.of("CONDITION:1", "OWNER:alice"), now.minus(400, ChronoUnit.DAYS)));
        });
        Instant from = OverviewRange.WEEKS_4.buckets(now).from();

        List<TaskFact> tasks = QuarkusTransaction.requiringNew().call(() -> reader.tasks(from));
        var ledgerFacts = reader.ledger(from);

        assertThat(tasks).filteredOn(t -> t.requestId().equals(id)).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(RequestStatus.AWAITING_APPROVAL))
                .satisfies(t -> assertThat(t.decidedAt()).isNull());
        assertThat(ledgerFacts).filteredOn(f -> id.equals(f.requestId()))
                .anySatisfy(f -> assertThat(f.reasons()).containsExactly("LICENSE_CHANGED", "ACTION:OPEN_REVIEW"))
                .as("an overdue condition older than the range is read too")
                .anySatisfy(f -> assertThat(f.decision()).isEqualTo("CONDITION_OVERDUE"));

        Overview overview = OverviewCalculator.calculate(tasks, ledgerFacts, OverviewRange.WEEKS_4, Instant.now());
        String html = render(officer("bob"), overview);

        assertThat(count(html, "<svg ")).isEqualTo(6);
        assertThat(html).contains("id=\"nav-overview\"", "id=\"chart-tier-table\"", "<option value=\"4\" selected>");
        assertThat(number(html, "stat-submitted")).isGreaterThanOrEqualTo(1);
        assertThat(number(html, "stat-re-reviews")).isGreaterThanOrEqualTo(1);
        assertThat(number(html, "stat-overdue")).isGreaterThanOrEqualTo(1);
        // 28 days, a row each in the tables of the five charts over time, and the histogram's seven bins.
        assertThat(count(html, "<th scope=\"row\">")).isEqualTo(5 * 28 + 7);
    }

    @Test
    void everyTextIsEscaped() {
        Chart chart = new Chart("chart-hostile", HOSTILE, Chart.Kind.STACKED_BARS, HOSTILE, HOSTILE, List.of(HOSTILE),
                List.of(new Series(HOSTILE, List.of(2.0))));
        Overview overview = new Overview(OverviewRange.WEEKS_12, List.of(chart), 0, 0, null, 0, 0);

        String html = render(new Viewer(HOSTILE, Set.of(Roles.AUDITOR), "token"), overview);

        assertThat(html).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(html).contains("<td>2</td>", "id=\"stat-median-lead\">–<");
    }

    @Test
    void theNavigationLinksTheOverviewForOfficersAndAuditorsOnly() {
        Overview empty = OverviewCalculator.calculate(List.of(), List.of(), OverviewRange.WEEKS_12, Instant.now());

        assertThat(render(new Viewer("carol", Set.of(Roles.AUDITOR), "t"), empty)).contains("id=\"nav-overview\"");
        assertThat(render(new Viewer("alice", Set.of(Roles.ENGINEER), "t"), empty)).doesNotContain("nav-overview");
    }

    private static String render(Viewer viewer, Overview overview) {
        return OverviewPage.Templates.overview(viewer, overview,
                overview.charts().stream().map(c -> new OverviewPage.DrawnChart(c, new RawString(SvgChart.svg(c)))).toList(),
                List.of(OverviewRange.values())).render();
    }

    private static Viewer officer(String name) {
        return new Viewer(name, Set.of(Roles.OFFICER), "token");
    }

    private static DecisionRecord record(UUID requestId, DecisionRecord.Step step, String decision, List<String> reasons,
            Instant at) {
        return new DecisionRecord(UUID.randomUUID(), requestId, step, "approval-service", decision, reasons,
                "0".repeat(64), "policy test", at);
    }

    private static int count(String html, String part) {
        return html.split(Pattern.quote(part), -1).length - 1;
    }

    private static int number(String html, String id) {
        var matcher = Pattern.compile("id=\"" + id + "\">(\\d+)<").matcher(html);
        assertThat(matcher.find()).as(id).isTrue();
        return Integer.parseInt(matcher.group(1));
    }
}
