package io.modelintake.approval.review;

import io.modelintake.approval.decision.ApprovalTask;
import io.modelintake.approval.decision.TaskState;

/** What a re-evaluation does to an approval task (issue 15). */
public enum ReevaluationAction {
    /** The task is still pending: it takes the new facts and their tier, so officers decide on the current facts. */
    RETIER,
    /** An approval got worse: the request goes UNDER_REVIEW and a re-review opens. */
    OPEN_REVIEW,
    /** Decided and the same or better, or rejected anyway: the decision stands; the re-evaluation is still recorded. */
    STANDS;

    public static ReevaluationAction of(ApprovalTask task, Change change) {
        if (task.state() == TaskState.PENDING) {
            return RETIER;
        }
        boolean approved = task.state() == TaskState.APPROVED || task.state() == TaskState.APPROVED_WITH_CONDITIONS;
        return approved && change == Change.WORSE ? OPEN_REVIEW : STANDS;
    }
}
