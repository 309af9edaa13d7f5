package io.modelintake.approval.notification;

import io.modelintake.platform.messaging.Backoff;
import io.modelintake.platform.persistence.ServiceTables;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Sends the queued mails through the SMTP server ({@code quarkus.mailer.*}), never inside a transaction: a mail is
 * claimed, sent, then marked sent; a failure is retried with back-off and given up after
 * {@code approval.notifications.max-mail-attempts} (the inbox entry stays). At least once: a crash between the
 * server's acceptance and the mark sends it again.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    private final Mailer mailer;
    private final NotificationConfig config;
    private final Clock clock;
    private final RetryingRows mails;

    public MailSender(Mailer mailer, NotificationConfig config, Clock clock, DataSource dataSource, ServiceTables tables) {
        this.mailer = mailer;
        this.config = config;
        this.clock = clock;
        this.mails = new RetryingRows(dataSource, new Backoff(config.backoff(), config.maxBackoff()),
                tables.table("notification_mail"), List.of("address", "subject", "body"), "sent_at",
                Optional.of("failed_at"));
    }

    @Scheduled(every = "${approval.notifications.poll-interval:2s}", delayed = "2s",
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
        for (RetryingRows.Claimed mail : mails.claim(Instant.now(clock), config.lease(), config.batchSize())) {
            try {
                mailer.send(Mail.withText(mail.values().get(0), mail.values().get(1), mail.values().get(2)));
                mails.done(mail, Instant.now(clock));
            } catch (RuntimeException e) {
                LOG.warnf("mail %d to %s not sent (attempt %d of %d): %s", mail.id(), mail.values().get(0), mail.attempts(),
                        config.maxMailAttempts(), e.toString());
                mails.failed(mail, Instant.now(clock), e.toString(), config.maxMailAttempts());
            }
        }
    }
}
