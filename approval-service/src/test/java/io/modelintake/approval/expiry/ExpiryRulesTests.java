package io.modelintake.approval.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.approval.decision.ApprovalTask;
import io.modelintake.approval.decision.Decision;
import io.modelintake.approval.decision.Signature;
import io.modelintake.approval.decision.TaskState;
import io.modelintake.approval.policy.RiskPolicy;
import io.modelintake.contracts.RiskTier;
import io.modelintake.contracts.events.ApprovalDecided;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The sweep's step for one approval with a fixed time, under the bundled policy's reviewBefore of 30 days. */
class ExpiryRulesTests {

    private static final ExpiryRules RULES = new ExpiryRules(RiskPolicy.loadBundled().followUp());
    private static final Instant DECIDED = Instant.parse("2026-12-02T10:00:00Z");

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/cases/expiry-sweep.csv", delimiter = '|', numLinesToSkip = 1)
    void decidesTheSweepStep(String name, String state, Instant validUntil, boolean reviewOpened, Instant now,
            ExpiryRules.Step step) {
        // UNDER_REVIEW: the task is pending again with a re-review open
        boolean underReview = state.equals("UNDER_REVIEW");
        TaskState taskState = underReview ? TaskState.PENDING : TaskState.valueOf(state);
        assertThat(RULES.next(taskState, underReview, validUntil, reviewOpened, now)).isEqualTo(step);
    }

    @Test
    void anExpiredApprovalIsAnnouncedAsTheNextDecisionWithItsSignaturesAndValidity() {
        ApprovalTask approved = approvedWithConditions(1);
        Instant validUntil = Instant.parse("2027-06-02T10:00:00Z");
        Instant now = Instant.parse("2027-06-03T00:00:00Z");

        ApprovalTask expired = approved.expired();
        ApprovalDecided decided = ExpiryRules.announcement(expired, "EXPIRED", now, validUntil);

        assertThat(expired.state()).isEqualTo(TaskState.EXPIRED);
        assertThat(expired.isOpen()).isFalse();
        assertThat(decided.outcome()).isEqualTo("EXPIRED");
        assertThat(decided.sequence()).isEqualTo(2);
        assertThat(decided.decidedAt()).isEqualTo(now);
        assertThat(decided.validUntil()).isEqualTo(validUntil);
        assertThat(decided.riskTier()).isEqualTo(RiskTier.HIGH);
        assertThat(decided.signatures()).extracting(ApprovalDecided.Signature::actor).containsExactly("bob", "dave");
        assertThat(decided.conditions()).as("an expired approval carries no conditions in force").isEmpty();
    }

    @Test
    void aReviewAnnouncementKeepsTheApprovalsConditionsUnderTheNextSequence() {
        ApprovalTask reviewed = approvedWithConditions(1).settled();
        ApprovalDecided decided = ExpiryRules.announcement(reviewed, "UNDER_REVIEW", DECIDED.plusSeconds(60),
                Instant.parse("2027-06-02T10:00:00Z"));
        assertThat(decided.sequence()).isEqualTo(2);
        assertThat(decided.conditions()).containsExactly("Show the licence notice");
    }

    static ApprovalTask approvedWithConditions(long sequence) {
        List<Signature> signatures = List.of(
                new Signature("bob", Decision.APPROVE_WITH_CONDITIONS, "ok", List.of("Show the licence notice"), DECIDED),
                new Signature("dave", Decision.APPROVE_WITH_CONDITIONS, "agreed", List.of("Show the licence notice"),
                        DECIDED.plusSeconds(30)));
        return new ApprovalTask(UUID.randomUUID(), "alice", RiskTier.HIGH, TaskState.APPROVED_WITH_CONDITIONS,
                signatures, List.of(), "test", DECIDED.minusSeconds(3600), sequence, null, List.of());
    }
}
