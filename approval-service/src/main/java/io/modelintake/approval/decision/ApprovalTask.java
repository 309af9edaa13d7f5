package io.modelintake.approval.decision;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.modelintake.approval.policy.FiredRule;
import io.modelintake.approval.policy.RiskAssessment;
import io.modelintake.contracts.RiskTier;
import io.modelintake.contracts.events.ApprovalDecided;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The approval of one request: its tier, where it stands and every signature so far, in order. Immutable; each
 * accepted decision yields a new task ({@link ApprovalRules#decide}). {@code proposedConditions} are the
 * obligations of the findings, offered to the officer; only the conditions officers sign become the approval's.
 * {@code decisionSequence} counts the final decisions announced so far (0 while none was): the sequence of
 * {@link ApprovalDecided}, which keeps intake-service from applying an older decision over a newer one.
 * {@code review} is set while (and after) the task is a re-review of a decided approval ({@link #reopened}); the
 * rounds before it are in {@code history}, so the current round's signatures are only the new ones.
 */
public record ApprovalTask(
        UUID requestId,
        String requester,
        RiskTier tier,
        TaskState state,
        List<Signature> signatures,
        List<String> proposedConditions,
        String policyVersion,
        Instant openedAt,
        long decisionSequence,
        Review review,
        List<Round> history) {

    /** Actor of a decision made by the risk policy, followed by the policy version. */
    public static final String POLICY_ACTOR_PREFIX = "policy:";

    /** The {@link ApprovalDecided#outcome()} of a request whose approval is being re-reviewed. */
    public static final String UNDER_REVIEW = "UNDER_REVIEW";

    public ApprovalTask {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(state, "state");
        signatures = List.copyOf(signatures);
        proposedConditions = List.copyOf(proposedConditions);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /**
     * Opens the task for a tiered request. A PROHIBITED request is rejected by the policy at once (DESIGN.md, Risk
     * tier); its exception path stays open until an officer rejects it too or two officers grant the exception.
     */
    public static ApprovalTask open(UUID requestId, String requester, RiskAssessment assessment,
            List<String> proposedConditions, Instant now) {
        List<String> proposed = List.copyOf(new LinkedHashSet<>(proposedConditions));
        if (assessment.tier() != RiskTier.PROHIBITED) {
            return new ApprovalTask(requestId, requester, assessment.tier(), TaskState.PENDING, List.of(), proposed,
                    assessment.policyVersion(), now, 0, null, List.of());
        }
        return new ApprovalTask(requestId, requester, RiskTier.PROHIBITED, TaskState.REJECTED,
                List.of(policyRejection(assessment, now)), proposed, assessment.policyVersion(), now, 1, null, List.of());
    }

    /**
     * Opens a re-review of a decided approval: the decided round goes to {@code history}, the task is pending again
     * on {@code assessment}'s tier with no signature, and the next decision sequence announces the request
     * {@code UNDER_REVIEW} ({@link #toUnderReview}). Officers then decide it like any task; a PROHIBITED tier does
     * not reject it by itself, since the approval is in use: an officer rejects it, or two grant an exception.
     */
    public ApprovalTask reopened(ReviewKind kind, String reason, RiskAssessment assessment, List<String> proposed,
            Instant now) {
        if (state != TaskState.APPROVED && state != TaskState.APPROVED_WITH_CONDITIONS) {
            throw new IllegalStateException("only an approval is re-reviewed; request " + requestId + " is " + state);
        }
        Review opened = new Review(kind, reason, now);
        List<Round> rounds = withRound("re-review " + kind + ": " + reason, now);
        return new ApprovalTask(requestId, requester, assessment.tier(), TaskState.PENDING, List.of(),
                List.copyOf(new LinkedHashSet<>(proposed)), assessment.policyVersion(), openedAt, decisionSequence + 1,
                opened, rounds);
    }

    /**
     * The pending task on re-evaluated facts: their tier and proposed conditions. Signatures given on facts that got
     * worse, or for another tier, go to {@code history} (the officers decide on the current facts); otherwise they
     * stand. A first round that becomes PROHIBITED is rejected by policy, as {@link #open} does, with the next
     * decision sequence.
     */
    public ApprovalTask retiered(RiskAssessment assessment, List<String> proposed, boolean factsGotWorse, Instant now) {
        if (state != TaskState.PENDING) {
            throw new IllegalStateException("only a pending task is re-tiered; request " + requestId + " is " + state);
        }
        boolean resign = factsGotWorse || assessment.tier() != tier;
        List<Round> rounds = resign && !signatures.isEmpty()
                ? withRound("re-evaluated: the facts it was signed on changed", now) : history;
        List<Signature> kept = resign ? List.of() : signatures;
        List<String> offered = List.copyOf(new LinkedHashSet<>(proposed));
        if (assessment.tier() == RiskTier.PROHIBITED && review == null) {
            List<Signature> rejected = new ArrayList<>(kept);
            rejected.add(policyRejection(assessment, now));
            return new ApprovalTask(requestId, requester, RiskTier.PROHIBITED, TaskState.REJECTED, rejected, offered,
                    assessment.policyVersion(), openedAt, decisionSequence + 1, review, rounds);
        }
        return new ApprovalTask(requestId, requester, assessment.tier(), TaskState.PENDING, kept, offered,
                assessment.policyVersion(), openedAt, decisionSequence, review, rounds);
    }

    /** Whether this is a re-review still waiting for its decision. */
    @JsonIgnore
    public boolean isReviewPending() {
        return review != null && state == TaskState.PENDING;
    }

    /**
     * The {@code approval.decided} payload that puts the request {@code UNDER_REVIEW}, with the {@code validUntil} of the
     * approval under review (it holds until then); empty unless a re-review is pending.
     */
    public Optional<ApprovalDecided> toUnderReview(Instant validUntil) {
        if (!isReviewPending()) {
            return Optional.empty();
        }
        return Optional.of(new ApprovalDecided(requestId, UNDER_REVIEW, tier, List.of(), List.of(), review.openedAt(),
                decisionSequence, validUntil));
    }

    private List<Round> withRound(String because, Instant now) {
        List<Round> rounds = new ArrayList<>(history);
        rounds.add(new Round(review, tier, state, signatures, conditions(), policyVersion, now, because));
        return rounds;
    }

    private static Signature policyRejection(RiskAssessment assessment, Instant now) {
        String because = assessment.firedRules().stream()
                .filter(rule -> rule.tier() == RiskTier.PROHIBITED)
                .map(ApprovalTask::describe)
                .collect(Collectors.joining("; "));
        return new Signature(POLICY_ACTOR_PREFIX + assessment.policyVersion(), Decision.REJECT,
                "Prohibited by risk policy " + assessment.policyVersion() + ": " + because, List.of(), now);
    }

    /** How many distinct officers must approve (or grant the exception): two for HIGH and PROHIBITED. */
    public int requiredApprovals() {
        return tier == RiskTier.HIGH || tier == RiskTier.PROHIBITED ? 2 : 1;
    }

    /** Whether an officer may still decide: pending, or rejected by policy with the exception path open. */
    @JsonIgnore
    public boolean isOpen() {
        return state == TaskState.PENDING || isExceptionOpen();
    }

    /** A PROHIBITED task that no officer has rejected and that has not yet been approved by exception. */
    @JsonIgnore
    public boolean isExceptionOpen() {
        return tier == RiskTier.PROHIBITED && state == TaskState.REJECTED
                && officerSignatures().stream().noneMatch(signature -> signature.decision() == Decision.REJECT);
    }

    public List<Signature> officerSignatures() {
        return signatures.stream().filter(signature -> !signature.isByPolicy()).toList();
    }

    /** Officers who approved (or granted the exception), in order; shows who signed a pending HIGH task. */
    public List<String> approvers() {
        return approvals().map(Signature::actor).toList();
    }

    /** Whether one approval is in and a second, distinct officer must follow. */
    public boolean awaitsSecondApproval() {
        return isOpen() && requiredApprovals() == 2 && approvals().count() == 1;
    }

    /** The approval's conditions: the union of those its approving officers signed; empty unless approved. */
    public List<String> conditions() {
        return state == TaskState.APPROVED || state == TaskState.APPROVED_WITH_CONDITIONS
                ? signedConditions()
                : List.of();
    }

    /**
     * When the current outcome was set: the last rejection of a rejected task (a pending exception does not
     * change it), else the last signature; empty while pending.
     */
    public Optional<Instant> decidedAt() {
        if (state == TaskState.PENDING) {
            return Optional.empty();
        }
        return signatures.stream()
                .filter(signature -> state != TaskState.REJECTED || signature.decision() == Decision.REJECT)
                .reduce((first, second) -> second)
                .map(Signature::at);
    }

    /** The union of the conditions approving officers signed so far, in the order first given. */
    List<String> signedConditions() {
        return List.copyOf(approvals()
                .flatMap(signature -> signature.conditions().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** The {@code approval.decided} payload for the current outcome; empty while pending. */
    public Optional<ApprovalDecided> toApprovalDecided() {
        if (!state.isFinal()) {
            return Optional.empty();
        }
        return Optional.of(new ApprovalDecided(requestId, state.name(), tier, conditions(), announcedSignatures(),
                decidedAt().orElseThrow(), decisionSequence));
    }

    /** The current round's signatures as {@link ApprovalDecided} announces them. */
    public List<ApprovalDecided.Signature> announcedSignatures() {
        return signatures.stream()
                .map(s -> new ApprovalDecided.Signature(s.actor(), s.decision().name(), s.justification(), s.at()))
                .toList();
    }

    ApprovalTask with(Signature signature, TaskState newState) {
        List<Signature> all = new ArrayList<>(signatures);
        all.add(signature);
        return new ApprovalTask(requestId, requester, tier, newState, all, proposedConditions, policyVersion,
                openedAt, decisionSequence, review, history);
    }

    /** The same task with its outcome announced once more: the next {@link ApprovalDecided} sequence. */
    public ApprovalTask settled() {
        return new ApprovalTask(requestId, requester, tier, state, signatures, proposedConditions, policyVersion,
                openedAt, decisionSequence + 1, review, history);
    }

    /** The same task with its approval expired (nobody renewed it in time), announced as the next decision. */
    public ApprovalTask expired() {
        return new ApprovalTask(requestId, requester, tier, TaskState.EXPIRED, signatures, proposedConditions,
                policyVersion, openedAt, decisionSequence + 1, review, history);
    }

    private Stream<Signature> approvals() {
        return officerSignatures().stream().filter(signature -> signature.decision().approves());
    }

    private static String describe(FiredRule rule) {
        return rule.triggeredBy().isEmpty() ? rule.id() : rule.id() + " " + rule.triggeredBy();
    }
}
