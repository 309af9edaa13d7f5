package io.modelintake.approval.notification;

import io.modelintake.platform.persistence.JsonColumns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Where a notification starts: {@link #send} writes it in the caller's transaction, with the state change it
 * announces; {@link NotificationDispatcher} then finds its recipients in the realm, fills their inboxes and queues
 * their mail, and {@link MailSender} sends it. The expiry sweep calls {@link #send} for "expires soon" and overdue
 * conditions.
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
}
