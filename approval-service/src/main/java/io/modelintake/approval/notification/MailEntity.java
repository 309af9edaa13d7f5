package io.modelintake.approval.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** The mail of an inbox entry to its recipient's realm address, until the sender marks it sent. */
@Entity
@Table(name = "notification_mail")
public class MailEntity extends QueuedRow {

    @Column(name = "notification_id", nullable = false)
    public UUID notificationId;

    @Column(nullable = false)
    public String address;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String body;
}
