package io.modelintake.approval.notification;

import io.modelintake.approval.decision.ApprovalTask;
import io.modelintake.approval.decision.Review;
import io.modelintake.approval.decision.ReviewKind;
import io.modelintake.approval.persistence.ApprovalTaskEntity;
import io.modelintake.platform.persistence.JsonColumns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Where a notification starts: {@link #send} writes it in the caller's transaction, with the state change it
 * announces; {@link NotificationDispatcher} then finds its recipients in the realm, fills their inboxes and queues
 * their mail, and {@link MailSender} sends it. The expiry sweep sends "expires soon" and overdue conditions in the
 * transaction that records them, so each is told once.
 */
@ApplicationScoped
public class Notifications {

    private final JsonColumns json;
    private final Clock clock;

    public Notifications(JsonColumns json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void send(Notification notification) {
        PendingNotificationEntity pending = new PendingNotificationEntity();
        pending.notification = json.write(notification);
        pending.queuedAt(Instant.now(clock));
        pending.persist();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void send(List<Notification> notifications) {
        notifications.forEach(this::send);
    }

    /** What the notifications about the request of {@code task} name: its requester, model and latest EXPIRY review. */
    public NotificationRules.RequestFacts factsOf(ApprovalTaskEntity task) {
        Review review = json.read(task.task, ApprovalTask.class).review();
        return new NotificationRules.RequestFacts(task.requester, task.modelName,
                review != null && review.kind() == ReviewKind.EXPIRY ? review.openedAt() : null);
    }
}
