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

    public Step next(TaskState state, boolean underReview, Instant validUntil, boolean reviewOpened, Instant now) {
        if (!holdsApproval(state, underReview)) {
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

    /**
     * Whether a task in this state holds an approval that can expire: an approval, or one under re-review (pending
     * again with a review open), which stays in force until officers decide it or its {@code validUntil} passes.
     */
    public static boolean holdsApproval(TaskState state, boolean underReview) {
        return state == TaskState.APPROVED || state == TaskState.APPROVED_WITH_CONDITIONS
                || (state == TaskState.PENDING && underReview);
    }

    /**
     * The {@link ApprovalDecided} of {@code task} as {@code outcome} at {@code at}: the current round's signatures and
     * the tier, the task's (already advanced) sequence, and the approval's {@code validUntil}.
     */
    public static ApprovalDecided announcement(ApprovalTask task, String outcome, Instant at, Instant validUntil) {
        // a re-review that expired undecided has no signature of its own round: the announcement carries none
        return new ApprovalDecided(task.requestId(), outcome, task.tier(), task.conditions(), task.announcedSignatures(),
                at, task.decisionSequence(), validUntil);
    }
}
