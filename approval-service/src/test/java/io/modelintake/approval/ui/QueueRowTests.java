package io.modelintake.approval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.approval.decision.ApprovalTask;
import io.modelintake.approval.rest.ApprovalSummary;
import io.modelintake.contracts.RiskTier;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class QueueRowTests {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/ui/queue-rows.csv", delimiter = '|', numLinesToSkip = 1)
    void saysWhatTheTaskAwaits(String name, RiskTier tier, String requester, String steps, String viewer,
            boolean mayDecide, boolean needsMySecondApproval, String note) {
        ApprovalTask task = ApprovalViews.signed(ApprovalViews.open(tier, requester, List.of()), steps);
        ApprovalSummary summary = new ApprovalSummary(task.requestId(), "Llama 3.1 8B", "meta-llama/Llama-3.1-8B",
                task.requester(), task.tier(), task.state(), task.openedAt(), task.approvers(),
                task.awaitsSecondApproval(), task.isExceptionOpen());

        QueueRow row = QueueRow.of(summary, ApprovalViews.viewer(viewer), ApprovalViews.OPENED.plusSeconds(7200));

        assertThat(row.mayDecide()).as(name).isEqualTo(mayDecide);
        assertThat(row.needsMySecondApproval()).as(name).isEqualTo(needsMySecondApproval);
        assertThat(row.note()).as(name).isEqualTo(note == null ? "" : note);
        assertThat(row.age()).as(name).isEqualTo("2 h");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            PT0S|just now
            PT59S|just now
            PT5M|5 min
            PT59M|59 min
            PT1H|1 h
            PT47H|47 h
            PT48H|2 d
            P30D|30 d
            -PT5M|just now
            """)
    void agesCoarsely(Duration waited, String age) {
        Instant now = Instant.parse("2026-11-26T12:00:00Z");

        assertThat(QueueRow.age(now.minus(waited), now)).isEqualTo(age);
    }
}
