package io.modelintake.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The officers' and auditors' overview (issue 15) in a real Chromium: the charts are inline SVG drawn by the
 * server (the CSP runs no script), each with a table of its numbers; an officer decision shows up in the tier
 * and lead-time numbers; engineers get a 403 page. Other tests share the system, so counts are at least ours.
 */
class OverviewUiIT {

    static RunningSystem system;
    static Api api;
    static String ui;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
        api = new Api(system);
        ui = system.url(RunningSystem.APPROVAL);
    }

    @Test
    void anOfficerSeesTheChartsAndTheirNumbers() {
        UUID id = api.submit("alice", ApprovalUiIT.HIGH_RISK.formatted("Overview model"));
        assertThat(api.awaitSettled("alice", id).getString("riskTier")).isEqualTo("HIGH");
        api.approve(id, "HIGH", "Overview test");
        api.awaitStatus("alice", id, "APPROVED");

        try (Browser bob = new Browser()) {
            bob.loginAs(ui + "/", "bob");
            bob.find("#nav-overview").click();
            bob.find("#overview-headline");
            for (String chart : List.of("chart-status", "chart-tier", "chart-lead-time", "chart-lead-histogram",
                    "chart-re-reviews", "chart-overdue")) {
                WebElement svg = bob.find("#" + chart + " svg#" + chart + "-svg");
                assertThat(svg.getSize().getWidth()).as(chart + " is drawn").isGreaterThan(100);
                assertThat(bob.driver().findElements(By.cssSelector("#" + chart + " svg text"))).as(chart + " has axis texts")
                        .isNotEmpty();
                assertThat(bob.driver().findElements(By.cssSelector("#" + chart + " svg g.legend-item")))
                        .as(chart + " has a legend").isNotEmpty();
            }
            assertThat(bob.driver().findElements(By.cssSelector("#chart-tier svg rect title")))
                    .as("a bar per tier and week with its number").isNotEmpty();
            assertThat(Integer.parseInt(bob.find("#stat-submitted").getText())).isGreaterThanOrEqualTo(1);
            assertThat(Integer.parseInt(bob.find("#stat-decided").getText())).isGreaterThanOrEqualTo(1);
            assertThat(bob.find("#stat-median-lead").getText()).matches("\\d+(\\.\\d)?");

            // The table of the tier chart: the current week's row counts our HIGH request.
            List<WebElement> rows = bob.driver().findElements(By.cssSelector("#chart-tier-table tbody tr"));
            assertThat(rows).hasSize(12);
            List<String> headers = bob.driver().findElements(By.cssSelector("#chart-tier-table thead th")).stream()
                    .map(th -> th.getAttribute("textContent").strip()).toList();
            int high = headers.indexOf("HIGH");
            String thisWeek = rows.get(rows.size() - 1).findElements(By.cssSelector("th, td")).get(high)
                    .getAttribute("textContent").strip();
            assertThat(Integer.parseInt(thisWeek)).isGreaterThanOrEqualTo(1);
            bob.screenshot("overview");

            bob.driver().findElement(By.cssSelector("#filter-weeks option[value='4']")).click();
            bob.driver().findElement(By.id("filter-submit")).click();
            bob.find("#overview-headline");
            assertThat(bob.driver().getCurrentUrl()).endsWith("/ui/overview?weeks=4");
            assertThat(bob.driver().findElements(By.cssSelector("#chart-tier-table tbody tr"))).hasSize(28);
        }
    }

    @Test
    void anAuditorSeesItAndAnEngineerDoesNot() {
        try (Browser carol = new Browser()) {
            carol.loginAs(ui + "/ui/overview?weeks=52", "carol");
            assertThat(carol.find("#chart-status svg").isDisplayed()).isTrue();
            assertThat(carol.driver().findElements(By.cssSelector("#chart-overdue-table tbody tr"))).hasSize(52);
        }
        try (Browser alice = new Browser()) {
            alice.loginAs(ui + "/ui/overview", "alice");
            assertThat(alice.find("#error").getText()).contains("403");
            assertThat(alice.has("#nav-overview")).isFalse();
            assertThat(alice.has("svg")).isFalse();
        }
    }
}
