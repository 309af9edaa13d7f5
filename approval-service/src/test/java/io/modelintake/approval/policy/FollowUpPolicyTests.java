package io.modelintake.approval.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.contracts.RiskTier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Validity of approvals and due dates of conditions per tier, from the bundled risk policy (issue 15). */
class FollowUpPolicyTests {

    private static final FollowUpPolicy POLICY = RiskPolicy.loadBundled().followUp();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/cases/follow-up-periods.csv", delimiter = '|', useHeadersInDisplayName = false, numLinesToSkip = 1)
    void computesValidityReviewAndDueDates(String name, RiskTier tier, Instant decidedAt, Instant validUntil,
            Instant reviewFrom, Instant conditionDue) {
        assertThat(POLICY.validUntil(tier, decidedAt)).as("validUntil").isEqualTo(validUntil);
        assertThat(POLICY.reviewFrom(validUntil)).as("review from").isEqualTo(reviewFrom);
        assertThat(POLICY.conditionDue(tier, decidedAt)).as("condition due").isEqualTo(conditionDue);
    }

    @Test
    void theBundledPolicyStatesTheIssuesPeriods() {
        assertThat(POLICY.approvalValidity(RiskTier.HIGH)).isEqualTo(Period.ofMonths(6));
        assertThat(POLICY.approvalValidity(RiskTier.MEDIUM)).isEqualTo(Period.ofMonths(12));
        assertThat(POLICY.approvalValidity(RiskTier.LOW)).isEqualTo(Period.ofMonths(24));
        assertThat(POLICY.reviewBefore()).isEqualTo(Period.ofDays(30));
    }

    @Test
    void anOfficersDueDateEndsWithThatDayInUtc() {
        assertThat(FollowUpPolicy.endOf(LocalDate.parse("2027-01-31"))).isEqualTo(Instant.parse("2027-01-31T23:59:59Z"));
    }
}
