package io.modelintake.platform.retention;

import io.modelintake.platform.messaging.PlatformConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Deletes what only guards against a redelivery once it no longer can: outbox rows sent longer ago than
 * {@code modelintake.retention.outbox}, processed-event rows older than {@code modelintake.retention.inbox}.
 * Small transactions of {@code batch-size} rows each, so the purge never holds many locks or a long transaction;
 * the event path never waits for it (the relay reads only unsent rows, the inbox only inserts).
 */
@ApplicationScoped
public class RetentionPurge {

    private static final Logger LOG = Logger.getLogger(RetentionPurge.class);

    private final EntityManager entityManager;
    private final PlatformConfig config;
    private final Clock clock;

    public RetentionPurge(EntityManager entityManager, PlatformConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${modelintake.retention.every:10m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purgeOnSchedule() {
        try {
            purge();
        } catch (RuntimeException e) {
            LOG.warnf("retention purge stopped, the next run goes on: %s", e.toString());
        }
    }

    /** Runs both purges to the end; returns how many rows were deleted. */
    public Purged purge() {
        Instant now = Instant.now(clock);
        long outbox = inBatches("delete from {h-schema}outbox_event where id in (select id from {h-schema}outbox_event"
                + " where sent_at < :cutoff order by sent_at limit :n)", now.minus(config.retention().outbox()));
        long inbox = inBatches("delete from {h-schema}processed_event where ctid in (select ctid from {h-schema}processed_event"
                + " where processed_at < :cutoff limit :n)", now.minus(config.retention().inbox()));
        if (outbox + inbox > 0) {
            LOG.infof("retention purge: %d sent outbox rows and %d processed-event rows deleted", outbox, inbox);
        }
        return new Purged(outbox, inbox);
    }

    private long inBatches(String delete, Instant cutoff) {
        int size = config.retention().batchSize();
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(delete)
                    .setParameter("cutoff", cutoff)
                    .setParameter("n", size)
                    .executeUpdate());
            total += deleted;
        } while (deleted == size);
        return total;
    }

    public record Purged(long outboxRows, long inboxRows) {
    }
}
