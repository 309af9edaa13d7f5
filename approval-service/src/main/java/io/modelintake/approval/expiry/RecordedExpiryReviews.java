package io.modelintake.approval.expiry;

import io.modelintake.approval.decision.ApprovalTask;
import io.modelintake.approval.persistence.ApprovalTaskEntity;
import io.modelintake.contracts.DecisionRecord;
import io.modelintake.contracts.RequestStatus;
import io.modelintake.contracts.events.Topics;
import io.modelintake.platform.audit.DecisionRecorder;
import io.modelintake.platform.outbox.Outbox;
import io.modelintake.platform.persistence.JsonColumns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The minimal EXPIRY re-review: records that it opened and announces the request {@code UNDER_REVIEW} (the next
 * decision sequence); the approval holds until its {@code validUntil}. The re-review task officers decide is
 * approval-service's re-review mechanism, which replaces this bean when both are merged.
 */
@ApplicationScoped
public class RecordedExpiryReviews implements ExpiryReviews {

    static final String REVIEW_OPENED = "EXPIRY_REVIEW_OPENED";

    private final DecisionRecorder recorder;
    private final Outbox outbox;
    private final JsonColumns json;

    public RecordedExpiryReviews(DecisionRecorder recorder, Outbox outbox, JsonColumns json) {
        this.recorder = recorder;
        this.outbox = outbox;
        this.json = json;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(ApprovalTaskEntity entity, Instant validUntil, Instant now) {
        ApprovalTask task = json.read(entity.task, ApprovalTask.class).settled();
        entity.task = json.write(task);
        entity.updatedAt = now;
        recorder.record(entity.requestId, DecisionRecord.Step.EXPIRY, "approval-service", REVIEW_OPENED,
                List.of("EXPIRY_REVIEW_DUE", "VALID_UNTIL:" + validUntil, "TIER:" + task.tier()),
                Map.of("validUntil", validUntil.toString(), "sequence", task.decisionSequence()),
                "policy " + entity.policyVersion);
        outbox.publish(Topics.APPROVAL_DECIDED, Topics.TYPE_APPROVAL_DECIDED, entity.requestId,
                ExpiryRules.announcement(task, RequestStatus.UNDER_REVIEW.name(), now, validUntil));
    }
}
