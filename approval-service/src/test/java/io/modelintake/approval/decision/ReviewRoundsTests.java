package io.modelintake.approval.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.modelintake.approval.policy.FiredRule;
import io.modelintake.approval.policy.RiskAssessment;
import io.modelintake.contracts.RiskTier;
import io.modelintake.contracts.events.ApprovalDecided;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Re-reviews of decided approvals and re-tiered pending tasks: rounds, sequences and the same approval rules. */
class ReviewRoundsTests {

    private static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");
    private static final Set<String> OFFICER = Set.of("compliance-officer");
    private static final String TRIGGER = "license Zlib changed by bob (r1 → r2)";
    private final ApprovalRules rules = new ApprovalRules();

    @Test
    void aWorseApprovalOpensAReReviewAnnouncedUnderReviewWithTheNextSequence() {
        ApprovalTask approved = approve(open(RiskTier.LOW), "bob");
        ApprovalTask review = approved.reopened(ReviewKind.REEVALUATION, TRIGGER, assessment(RiskTier.HIGH),
                List.of("Name the licence"), T0.plusSeconds(600));

        assertThat(review.state()).isEqualTo(TaskState.PENDING);
        assertThat(review.tier()).isEqualTo(RiskTier.HIGH);
        assertThat(review.signatures()).as("the new round's signatures are separate").isEmpty();
        assertThat(review.history()).singleElement().satisfies(round -> {
            assertThat(round.state()).isEqualTo(TaskState.APPROVED);
            assertThat(round.tier()).isEqualTo(RiskTier.LOW);
            assertThat(round.signatures()).extracting(Signature::actor).containsExactly("bob");
            assertThat(round.closedBecause()).contains(TRIGGER);
        });
        ApprovalDecided underReview = review.toUnderReview(null).orElseThrow();
        assertThat(underReview.outcome()).isEqualTo("UNDER_REVIEW");
        assertThat(underReview.sequence()).isEqualTo(approved.decisionSequence() + 1);
        assertThat(underReview.decidedAt()).isEqualTo(T0.plusSeconds(600));
        assertThat(review.toApprovalDecided()).isEmpty();
        assertThat(review.review()).isEqualTo(new Review(ReviewKind.REEVALUATION, TRIGGER, T0.plusSeconds(600)));
    }

    @Test
    void aHighReReviewNeedsTwoNewSignaturesEvenFromTheOfficerWhoApprovedBefore() {
        ApprovalTask review = approve(open(RiskTier.LOW), "bob").reopened(ReviewKind.REEVALUATION, TRIGGER,
                assessment(RiskTier.HIGH), List.of(), T0.plusSeconds(600));

        DecisionOutcome.Accepted first = accepted(rules.decide(review, "bob", OFFICER,
                new DecisionInput(Decision.APPROVE, "Checked the new terms", null), T0.plusSeconds(700)));
        assertThat(first.settled()).isFalse();
        assertThat(rules.decide(first.task(), "alice", Set.of("ml-engineer", "compliance-officer"),
                new DecisionInput(Decision.APPROVE, "mine", null), T0.plusSeconds(710)))
                .isInstanceOfSatisfying(DecisionOutcome.Refused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Refusal.OWN_REQUEST));
        DecisionOutcome.Accepted second = accepted(rules.decide(first.task(), "dave", OFFICER,
                new DecisionInput(Decision.APPROVE, "Agree", null), T0.plusSeconds(800)));

        assertThat(second.settled()).isTrue();
        ApprovalDecided decided = second.task().toApprovalDecided().orElseThrow();
        assertThat(decided.outcome()).isEqualTo("APPROVED");
        assertThat(decided.sequence()).isEqualTo(3);
        assertThat(decided.signatures()).extracting(ApprovalDecided.Signature::actor).containsExactly("bob", "dave");
        assertThat(second.task().history()).hasSize(1);
    }

    @Test
    void aProhibitedReReviewWaitsForOfficersWhoRejectItOrGrantAnException() {
        ApprovalTask review = approve(open(RiskTier.LOW), "bob").reopened(ReviewKind.REEVALUATION, TRIGGER,
                assessment(RiskTier.PROHIBITED), List.of(), T0.plusSeconds(600));
        assertThat(review.isOpen()).isTrue();
        assertThat(rules.decide(review, "bob", OFFICER, new DecisionInput(Decision.APPROVE, "still fine", null),
                T0.plusSeconds(650))).isInstanceOfSatisfying(DecisionOutcome.Refused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Refusal.EXCEPTION_REQUIRED));

        DecisionOutcome.Accepted rejected = accepted(rules.decide(review, "dave", OFFICER,
                new DecisionInput(Decision.REJECT, "The licence now prohibits internal tools", null), T0.plusSeconds(700)));

        assertThat(rejected.settled()).isTrue();
        assertThat(rejected.task().toApprovalDecided().orElseThrow())
                .extracting(ApprovalDecided::outcome, ApprovalDecided::sequence).containsExactly("REJECTED", 3L);
    }

    @Test
    void onlyAnApprovalIsReReviewed() {
        assertThatThrownBy(() -> open(RiskTier.LOW).reopened(ReviewKind.EXPIRY, "due", assessment(RiskTier.LOW),
                List.of(), T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPendingTaskTakesTheNewTierAndSignaturesOnWorseFactsGoToHistory() {
        ApprovalTask signedOnce = accepted(rules.decide(open(RiskTier.HIGH), "bob", OFFICER,
                new DecisionInput(Decision.APPROVE, "ok", null), T0.plusSeconds(60))).task();

        ApprovalTask same = signedOnce.retiered(assessment(RiskTier.HIGH), List.of(), false, T0.plusSeconds(120));
        assertThat(same.approvers()).as("same facts: bob's signature stands").containsExactly("bob");
        assertThat(same.history()).isEmpty();

        ApprovalTask worse = signedOnce.retiered(assessment(RiskTier.HIGH), List.of(), true, T0.plusSeconds(120));
        assertThat(worse.signatures()).isEmpty();
        assertThat(worse.history()).singleElement()
                .satisfies(round -> assertThat(round.signatures()).extracting(Signature::actor).containsExactly("bob"));
        assertThat(worse.decisionSequence()).isZero();

        ApprovalTask prohibited = open(RiskTier.LOW).retiered(assessment(RiskTier.PROHIBITED), List.of(), true,
                T0.plusSeconds(120));
        assertThat(prohibited.state()).as("rejected by policy, as at the first assessment").isEqualTo(TaskState.REJECTED);
        assertThat(prohibited.isExceptionOpen()).isTrue();
        assertThat(prohibited.toApprovalDecided().orElseThrow().sequence()).isEqualTo(1);
    }

    @Test
    void aTaskStoredBeforeReReviewsReadsWithNoReviewAndNoHistory() throws Exception {
        ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule()).build();
        String stored = """
                {"requestId": "%s", "requester": "alice", "tier": "LOW", "state": "APPROVED", "signatures": [],
                 "proposedConditions": [], "policyVersion": "p1", "openedAt": "2026-11-26T09:00:00Z", "decisionSequence": 1}
                """.formatted(UUID.randomUUID());
        ApprovalTask task = json.readValue(stored, ApprovalTask.class);
        assertThat(task.review()).isNull();
        assertThat(task.history()).isEmpty();
        assertThat(json.readValue(json.writeValueAsString(task), ApprovalTask.class)).isEqualTo(task);
    }

    private static ApprovalTask open(RiskTier tier) {
        return ApprovalTask.open(UUID.randomUUID(), "alice", assessment(tier), List.of(), T0);
    }

    private ApprovalTask approve(ApprovalTask task, String officer) {
        return accepted(rules.decide(task, officer, OFFICER, new DecisionInput(Decision.APPROVE, "fine", null),
                T0.plusSeconds(60))).task();
    }

    private static DecisionOutcome.Accepted accepted(DecisionOutcome outcome) {
        assertThat(outcome).isInstanceOf(DecisionOutcome.Accepted.class);
        return (DecisionOutcome.Accepted) outcome;
    }

    private static RiskAssessment assessment(RiskTier tier) {
        List<FiredRule> fired = tier == RiskTier.LOW ? List.of()
                : List.of(new FiredRule("TEST_" + tier, "test", tier, List.of("TEST_FINDING")));
        return new RiskAssessment(tier, fired, "p1");
    }
}
