package io.modelintake.approval.ui;

import io.modelintake.approval.decision.TaskState;
import io.modelintake.approval.rest.ApprovalSummary;
import java.time.Duration;
import java.time.Instant;

/**
 * One line of the queue as a given officer or auditor sees it: the task, how long it has waited, and what it
 * awaits, so that "approved by bob, awaits a second officer" and "needs your second approval" stand out.
 *
 * @param age how long since the task (or its re-review) opened, e.g. {@code 3 h}
 * @param note what the task awaits, empty when it awaits nothing special
 * @param mayDecide whether the viewer is an officer who may sign it now (the server checks again)
 * @param needsMySecondApproval whether one officer approved and the viewer may be the distinct second one
 */
public record QueueRow(ApprovalSummary task, String age, String note, boolean mayDecide,
        boolean needsMySecondApproval) {

    public static QueueRow of(ApprovalSummary task, Viewer viewer, Instant now) {
        boolean open = isOpen(task);
        boolean mayDecide = open && viewer.isOfficer() && !viewer.name().equals(task.requester())
                && !task.approvers().contains(viewer.name());
        String age = age(task.waitingSince(), now);
        if (task.awaitsSecondApproval()) {
            String first = task.approvers().get(0);
            String verb = task.exceptionOpen() ? "Exception granted by " : "Approved by ";
            String note = first.equals(viewer.name())
                    ? "You signed; awaits a second officer"
                    : verb + first + ", awaits a second officer";
            return new QueueRow(task, age, note, mayDecide, mayDecide);
        }
        String note = task.exceptionOpen() ? "Rejected by policy; exception path open"
                : task.isReview() && isOpen(task) ? "Re-review (" + TemplateExtensions.label(task.reviewKind()).toLowerCase()
                        + "): decided before, decide again on the current facts" : "";
        return new QueueRow(task, age, note, mayDecide, false);
    }

    /** Whether an officer may still sign: pending, or prohibited with the exception path open. */
    public static boolean isOpen(ApprovalSummary task) {
        return task.state() == TaskState.PENDING || task.exceptionOpen();
    }

    /** A short, coarse age: minutes under an hour, hours under two days, then days. */
    static String age(Instant since, Instant now) {
        if (since == null) {
            return "";
        }
        Duration waited = Duration.between(since, now);
        if (waited.isNegative() || waited.toMinutes() < 1) {
            return "just now";
        }
        if (waited.toHours() < 1) {
            return waited.toMinutes() + " min";
        }
        if (waited.toHours() < 48) {
            return waited.toHours() + " h";
        }
        return waited.toDays() + " d";
    }
}
