package io.modelintake.approval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.approval.conditions.ConditionStatus;
import io.modelintake.approval.conditions.ConditionView;
import io.modelintake.contracts.RequestStatus;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

/** Who sees the form to mark a condition met, and the days the officers' queue shows (issue 15). */
class FollowUpRowsTests {

    private static final Instant DUE = Instant.parse("2027-01-01T10:00:00Z");

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/ui/condition-rows.csv", delimiter = '|', numLinesToSkip = 1)
    void showsTheMetFormToTheOwnerOrRequesterWhileTheApprovalHolds(String name, String viewer, String roles,
            String owner, String requester, RequestStatus status, Instant metAt, boolean mayMarkMet) {
        ConditionView condition = new ConditionView(UUID.randomUUID(), "m", 1, "Cite the paper", owner, DUE,
                ConditionStatus.of(DUE, metAt, DUE.minusSeconds(60)), metAt, metAt == null ? null : owner,
                metAt == null ? null : "done", null);
        assertThat(FollowUpRows.Condition.of(List.of(condition), new Viewer(viewer, Set.of(roles.split(" ")), "t"),
                requester, status)).singleElement().extracting(FollowUpRows.Condition::mayMarkMet).isEqualTo(mayMarkMet);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            thirty days ahead               | 2027-01-01T10:00:00Z | 2027-01-31T10:00:00Z | 30
            a day less a second rounds down | 2027-01-01T10:00:00Z | 2027-01-02T09:59:59Z | 0
            passed by a day                 | 2027-01-02T10:00:00Z | 2027-01-01T10:00:00Z | -1
            """)
    void countsWholeDays(String name, Instant from, Instant to, long days) {
        assertThat(FollowUpRows.wholeDays(from, to)).isEqualTo(days);
    }
}
