package io.modelintake.approval.expiry;

import io.modelintake.approval.decision.ApprovalTask;
import io.modelintake.approval.decision.TaskState;
import io.modelintake.approval.policy.FollowUpPolicy;
import io.modelintake.contracts.events.ApprovalDecided;
import java.time.Instant;

/**
 * What the expiry sweep does with one approval (issue 15): past {@code validUntil} and not renewed, it expires;
 * within the policy's {@code reviewBefore} of it, an EXPIRY re-review opens, once per validity; a request that no
 * longer holds an approval (rejected on re-review) has no validity left to watch. Plain Java, no clock inside.
 */
public final class ExpiryRules {

    /** The sweep's step for one approval. */
    public enum Step {
        NONE,
        OPEN_REVIEW,
        EXPIRE,
        /** The request no longer holds an approval: its validity row goes. */
        DROP
    }

    private final FollowUpPolicy policy;

    public ExpiryRules(FollowUpPolicy policy) {
        this.policy = policy;
    }

    public Step next(TaskState state, Instant validUntil, boolean reviewOpened, Instant now) {
        if (!holdsApproval(state)) {
            return Step.DROP;
        }
        if (!now.isBefore(validUntil)) {
            return Step.EXPIRE;
        }
        if (!reviewOpened && !now.isBefore(policy.reviewFrom(validUntil))) {
            return Step.OPEN_REVIEW;
        }
        return Step.NONE;
    }

    /** Whether a task in this state holds an approval that can expire. */
    public static boolean holdsApproval(TaskState state) {
        return state == TaskState.APPROVED || state == TaskState.APPROVED_WITH_CONDITIONS;
    }

    /**
     * The {@link ApprovalDecided} of {@code task} as {@code outcome} at {@code at}: the approval's signatures and
     * tier, the task's (already advanced) sequence, and the approval's {@code validUntil}.
     */
    public static ApprovalDecided announcement(ApprovalTask task, String outcome, Instant at, Instant validUntil) {
        ApprovalDecided current = task.toApprovalDecided().orElseThrow(
                () -> new IllegalStateException("request " + task.requestId() + " is not decided"));
        return new ApprovalDecided(current.requestId(), outcome, current.riskTier(), current.conditions(),
                current.signatures(), at, task.decisionSequence(), validUntil);
    }
}
