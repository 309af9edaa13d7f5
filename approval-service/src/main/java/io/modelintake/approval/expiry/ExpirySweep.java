package io.modelintake.approval.expiry;

import io.modelintake.approval.conditions.ConditionFollowUp;
import io.modelintake.approval.config.ExpiryConfig;
import io.modelintake.approval.decision.ApprovalTask;
import io.modelintake.approval.persistence.ApprovalConditionEntity;
import io.modelintake.approval.persistence.ApprovalTaskEntity;
import io.modelintake.approval.persistence.ApprovalValidityEntity;
import io.modelintake.approval.policy.RiskPolicy;
import io.modelintake.contracts.DecisionRecord;
import io.modelintake.contracts.RequestStatus;
import io.modelintake.contracts.events.Topics;
import io.modelintake.platform.audit.DecisionRecorder;
import io.modelintake.platform.outbox.Outbox;
import io.modelintake.platform.persistence.JsonColumns;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The periodic pass over approvals and conditions (issue 15): opens EXPIRY re-reviews, expires approvals nobody
 * renewed, records overdue conditions. Each batch is one transaction over rows taken with {@code for update skip
 * locked} (the validity row and the task row together), so replicas share the work and never wait on each other or
 * on an officer deciding; a row another replica holds is left for the next pass.
 */
@ApplicationScoped
public class ExpirySweep {

    private static final Logger LOG = Logger.getLogger(ExpirySweep.class);
    static final String EXPIRED = "EXPIRED";

    private final EntityManager entityManager;
    private final ExpiryReviews reviews;
    private final ConditionFollowUp conditions;
    private final DecisionRecorder recorder;
    private final Outbox outbox;
    private final JsonColumns json;
    private final RiskPolicy policy;
    private final ExpiryRules rules;
    private final ExpiryConfig config;
    private final Clock clock;

    public ExpirySweep(EntityManager entityManager, ExpiryReviews reviews, ConditionFollowUp conditions,
            DecisionRecorder recorder, Outbox outbox, JsonColumns json, RiskPolicy policy, ExpiryConfig config,
            Clock clock) {
        this.entityManager = entityManager;
        this.reviews = reviews;
        this.conditions = conditions;
        this.recorder = recorder;
        this.outbox = outbox;
        this.json = json;
        this.policy = policy;
        this.rules = new ExpiryRules(policy.followUp());
        this.config = config;
        this.clock = clock;
    }

    /** What one pass did. */
    public record Swept(int reviewsOpened, int expired, int dropped, int conditionsOverdue) {
    }

    @Scheduled(every = "${approval.expiry.sweep-every:15m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweepOnSchedule() {
        try {
            Swept swept = sweep();
            if (swept.reviewsOpened() + swept.expired() + swept.conditionsOverdue() > 0) {
                LOG.infof("expiry sweep: %s", swept);
            }
        } catch (RuntimeException e) {
            LOG.warnf("expiry sweep stopped, the next run goes on: %s", e.toString());
        }
    }

    /** One pass to the end, at the clock's time. */
    public Swept sweep() {
        Instant now = Instant.now(clock);
        int[] counts = new int[4];
        int[] batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> approvalsBatch(now));
            counts[0] += batch[1];
            counts[1] += batch[2];
            counts[2] += batch[3];
            // a full batch where every row moved may have more behind it; rows left as they were end the pass
        } while (batch[0] == config.batchSize() && batch[1] + batch[2] + batch[3] == batch[0]);
        int recorded;
        do {
            recorded = QuarkusTransaction.requiringNew().call(() -> conditions.recordOverdue(overdueBatch(now), now));
            counts[3] += recorded;
        } while (recorded == config.batchSize());
        return new Swept(counts[0], counts[1], counts[2], counts[3]);
    }

    /** Returns {taken, reviews opened, expired, dropped}; a row with nothing to do yet is not taken. */
    private int[] approvalsBatch(Instant now) {
        Instant horizon = now.atOffset(ZoneOffset.UTC).plus(policy.followUp().reviewBefore()).toInstant();
        @SuppressWarnings("unchecked")
        List<UUID> due = entityManager.createNativeQuery("select v.request_id from {h-schema}approval_validity v"
                        + " join {h-schema}approval_task t on t.request_id = v.request_id"
                        + " where v.expired_at is null and (v.valid_until <= :now"
                        + " or (v.review_opened_at is null and v.valid_until <= :horizon))"
                        + " order by v.valid_until limit :n for update of v, t skip locked", UUID.class)
                .setParameter("now", now)
                .setParameter("horizon", horizon)
                .setParameter("n", config.batchSize())
                .getResultList();
        int[] counts = {due.size(), 0, 0, 0};
        for (UUID requestId : due) {
            ApprovalValidityEntity validity = entityManager.find(ApprovalValidityEntity.class, requestId);
            ApprovalTaskEntity task = entityManager.find(ApprovalTaskEntity.class, requestId);
            switch (rules.next(task.state, task.reviewKind != null, validity.validUntil, validity.reviewOpenedAt != null, now)) {
                case OPEN_REVIEW -> {
                    reviews.open(task, validity.validUntil, now);
                    validity.reviewOpenedAt = now;
                    validity.updatedAt = now;
                    counts[1]++;
                }
                case EXPIRE -> {
                    expire(task, validity, now);
                    counts[2]++;
                }
                case DROP -> {
                    validity.delete();
                    counts[3]++;
                }
                case NONE -> {
                    // calendar months: within the horizon by days but not yet by the policy's period
                }
            }
        }
        return counts;
    }

    private void expire(ApprovalTaskEntity entity, ApprovalValidityEntity validity, Instant now) {
        ApprovalTask before = json.read(entity.task, ApprovalTask.class);
        ApprovalTask expired = before.expired();
        entity.task = json.write(expired);
        entity.state = expired.state();
        entity.updatedAt = now;
        validity.expiredAt = now;
        validity.updatedAt = now;
        recorder.record(entity.requestId, DecisionRecord.Step.EXPIRY, "approval-service", EXPIRED,
                List.of("VALID_UNTIL_PASSED", "VALID_UNTIL:" + validity.validUntil, "TIER:" + expired.tier()),
                Map.of("validUntil", validity.validUntil.toString(), "taskBefore", before), "policy " + validity.policyVersion);
        outbox.publish(Topics.APPROVAL_DECIDED, Topics.TYPE_APPROVAL_DECIDED, entity.requestId,
                ExpiryRules.announcement(expired, RequestStatus.EXPIRED.name(), now, validity.validUntil));
    }

    @SuppressWarnings("unchecked")
    private List<ApprovalConditionEntity> overdueBatch(Instant now) {
        return entityManager.createNativeQuery("select * from {h-schema}approval_condition"
                        + " where met_at is null and overdue_at is null and due_at <= :now"
                        + " order by due_at limit :n for update skip locked", ApprovalConditionEntity.class)
                .setParameter("now", now)
                .setParameter("n", config.batchSize())
                .getResultList();
    }
}
