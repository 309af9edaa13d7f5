package io.modelintake.approval.notification;

import io.modelintake.contracts.Roles;
import io.modelintake.platform.messaging.Backoff;
import io.modelintake.platform.persistence.JsonColumns;
import io.modelintake.platform.persistence.ServiceTables;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Hands out the pending notifications: reads their recipients from the realm and renders their texts outside any
 * transaction, then, in one transaction per pass, writes each recipient's inbox entry and mail and marks the
 * notifications dispatched. A realm that does not answer is retried with back-off until it does; nothing is lost meanwhile.
 */
@ApplicationScoped
public class NotificationDispatcher {

    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class);

    private final RealmDirectory directory;
    private final NotificationTexts texts;
    private final JsonColumns json;
    private final NotificationConfig config;
    private final Clock clock;
    private final RetryingRows pending;

    public NotificationDispatcher(RealmDirectory directory, NotificationTexts texts, JsonColumns json,
            NotificationConfig config, Clock clock, DataSource dataSource, ServiceTables tables) {
        this.directory = directory;
        this.texts = texts;
        this.json = json;
        this.config = config;
        this.clock = clock;
        this.pending = new RetryingRows(dataSource, new Backoff(config.backoff(), config.maxBackoff()),
                tables.table("notification_pending"), List.of("notification"), "dispatched_at", Optional.empty());
    }

    @Scheduled(every = "${approval.notifications.poll-interval:2s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void pass() {
        try {
            work();
        } catch (SQLException e) {
            // The database is away (a restart, a fail-over): the rows stay due, and the next poll takes them.
            LOG.warnf("%s: pass skipped, the database did not answer: %s", getClass().getSimpleName(), e.toString());
        }
    }

    private void work() throws SQLException {
        List<Prepared> prepared = new ArrayList<>();
        for (RetryingRows.Claimed row : pending.claim(Instant.now(clock), config.lease(), config.batchSize())) {
            try {
                prepared.add(prepare(row));
            } catch (RuntimeException e) {
                retry(row, e);
            }
        }
        if (prepared.isEmpty()) {
            return;
        }
        try {
            // One transaction for the pass: a burst of opened tasks costs one commit, not one per notification.
            QuarkusTransaction.requiringNew().run(() -> prepared.forEach(this::store));
        } catch (RuntimeException batchFailed) {
            // One of them spoiled the batch: each alone, so the others are not held back by it.
            for (Prepared one : prepared) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> store(one));
                } catch (RuntimeException e) {
                    retry(one.row(), e);
                }
            }
        }
    }

    /** A claimed notification with its recipients read from the realm and its text rendered, outside any transaction. */
    private record Prepared(RetryingRows.Claimed row, Notification notification, List<Recipient> recipients,
            NotificationTexts.Text text) {
    }

    private Prepared prepare(RetryingRows.Claimed row) {
        Notification notification = json.read(row.values().get(0), Notification.class);
        List<Recipient> recipients = NotificationRules.recipients(notification,
                notification.kind().audience() == NotificationKind.Audience.OFFICERS ? directory.withRole(Roles.OFFICER) : List.of(),
                notification.kind().audience() == NotificationKind.Audience.REQUESTER ? directory.user(notification.requester()) : Optional.empty());
        return new Prepared(row, notification, recipients, texts.render(notification));
    }

    private void retry(RetryingRows.Claimed row, RuntimeException e) throws SQLException {
        LOG.warnf("notification %d not dispatched yet (attempt %d), retrying: %s", row.id(), row.attempts(), e.toString());
        pending.failed(row, Instant.now(clock), e.toString(), Integer.MAX_VALUE);
    }

    private void store(Prepared prepared) {
        long id = prepared.row().id();
        Notification notification = prepared.notification();
        NotificationTexts.Text text = prepared.text();
        Instant now = Instant.now(clock);
        // Only the first of two replicas that both claimed it (after a lease ran out) stores it.
        if (PendingNotificationEntity.update("dispatchedAt = ?1 where id = ?2 and dispatchedAt is null", now, id) == 0) {
            return;
        }
        for (Recipient recipient : prepared.recipients()) {
            NotificationEntity entry = new NotificationEntity();
            entry.id = UUID.randomUUID();
            entry.recipient = recipient.username();
            entry.kind = notification.kind();
            entry.requestId = notification.requestId();
            entry.subject = text.subject();
            entry.body = text.body();
            entry.createdAt = now;
            entry.persist();
            recipient.address().ifPresent(address -> {
                MailEntity mail = new MailEntity();
                mail.notificationId = entry.id;
                mail.address = address;
                mail.subject = text.subject();
                mail.body = text.body();
                mail.queuedAt(now);
                mail.persist();
            });
        }
        LOG.debugf("notification %d (%s of %s) to %s", id, notification.kind(), notification.requestId(),
                prepared.recipients().stream().map(Recipient::username).toList());
    }
}
