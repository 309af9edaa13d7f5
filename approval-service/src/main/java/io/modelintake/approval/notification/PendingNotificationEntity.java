package io.modelintake.approval.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A notification written with its cause, waiting for the dispatcher to find its recipients. */
@Entity
@Table(name = "notification_pending")
public class PendingNotificationEntity extends QueuedRow {

    /** The {@link Notification} as JSON. */
    @Column(nullable = false)
    public String notification;

    @Column(name = "dispatched_at")
    public Instant dispatchedAt;
}
