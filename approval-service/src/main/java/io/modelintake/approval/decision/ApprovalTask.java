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
        long decisionSequence) {

    /** Actor of a decision made by the risk policy, followed by the policy version. */
    public static final String POLICY_ACTOR_PREFIX = "policy:";

    public ApprovalTask {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(state, "state");
        signatures = List.copyOf(signatures);
        proposedConditions = List.copyOf(proposedConditions);
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
                    assessment.policyVersion(), now, 0);
        }
        String because = assessment.firedRules().stream()
                .filter(rule -> rule.tier() == RiskTier.PROHIBITED)
                .map(ApprovalTask::describe)
                .collect(Collectors.joining("; "));
        Signature byPolicy = new Signature(POLICY_ACTOR_PREFIX + assessment.policyVersion(), Decision.REJECT,
                "Prohibited by risk policy " + assessment.policyVersion() + ": " + because, List.of(), now);
        return new ApprovalTask(requestId, requester, RiskTier.PROHIBITED, TaskState.REJECTED, List.of(byPolicy),
                proposed, assessment.policyVersion(), now, 1);
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
        List<ApprovalDecided.Signature> signed = signatures.stream()
                .map(s -> new ApprovalDecided.Signature(s.actor(), s.decision().name(), s.justification(), s.at()))
                .toList();
        return Optional.of(new ApprovalDecided(requestId, state.name(), tier, conditions(), signed,
                decidedAt().orElseThrow(), decisionSequence));
    }

    ApprovalTask with(Signature signature, TaskState newState) {
        List<Signature> all = new ArrayList<>(signatures);
        all.add(signature);
        return new ApprovalTask(requestId, requester, tier, newState, all, proposedConditions, policyVersion,
                openedAt, decisionSequence);
    }

    /** The same task with its outcome announced once more: the next {@link ApprovalDecided} sequence. */
    public ApprovalTask settled() {
        return new ApprovalTask(requestId, requester, tier, state, signatures, proposedConditions, policyVersion,
                openedAt, decisionSequence + 1);
    }

    /** The same task with its approval expired (nobody renewed it in time), announced as the next decision. */
    public ApprovalTask expired() {
        return new ApprovalTask(requestId, requester, tier, TaskState.EXPIRED, signatures, proposedConditions,
                policyVersion, openedAt, decisionSequence + 1);
    }

    private Stream<Signature> approvals() {
        return officerSignatures().stream().filter(signature -> signature.decision().approves());
    }

    private static String describe(FiredRule rule) {
        return rule.triggeredBy().isEmpty() ? rule.id() : rule.id() + " " + rule.triggeredBy();
    }
}
