package io.modelintake.approval.expiry;

import io.modelintake.approval.decision.ReviewKind;
import io.modelintake.approval.decision.TaskState;
import io.modelintake.approval.notification.NotificationRules;
import io.modelintake.approval.notification.Notifications;
import io.modelintake.approval.persistence.ApprovalTaskEntity;
import io.modelintake.approval.service.ApprovalDesk;
import io.modelintake.contracts.DecisionRecord;
import io.modelintake.platform.audit.DecisionRecorder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Opens the EXPIRY re-review through the desk's re-review: the request goes {@code UNDER_REVIEW} and officers renew
 * (approve again, which sets a new {@code validUntil}) or reject it; the approval holds until {@code validUntil}. A
 * request already under re-review (a re-evaluation opened one) is not reopened: its pending re-review is the renewal.
 * Either way the requester learns that the approval expires soon and the officers that it awaits renewal, written
 * with the review so that the sweep, which opens it once per validity, tells them once.
 */
@ApplicationScoped
public class DeskExpiryReviews implements ExpiryReviews {

    static final String REVIEW_OPENED = "EXPIRY_REVIEW_OPENED";

    private final ApprovalDesk desk;
    private final DecisionRecorder recorder;
    private final Notifications notifications;

    public DeskExpiryReviews(ApprovalDesk desk, DecisionRecorder recorder, Notifications notifications) {
        this.desk = desk;
        this.recorder = recorder;
        this.notifications = notifications;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(ApprovalTaskEntity entity, Instant validUntil, Instant now) {
        boolean alreadyUnderReview = entity.state == TaskState.PENDING && entity.reviewKind != null;
        if (!alreadyUnderReview) {
            desk.openReview(entity.requestId, ReviewKind.EXPIRY, "the approval expires on " + validUntil
                    + " unless officers renew it");
        }
        recorder.record(entity.requestId, DecisionRecord.Step.EXPIRY, "approval-service", REVIEW_OPENED,
                List.of("EXPIRY_REVIEW_DUE", "VALID_UNTIL:" + validUntil, "TIER:" + entity.riskTier),
                Map.of("validUntil", validUntil.toString(), "alreadyUnderReview", alreadyUnderReview),
                "policy " + entity.policyVersion);
        notifications.send(NotificationRules.onExpiryReview(entity.requestId, notifications.factsOf(entity),
                entity.riskTier, validUntil));
    }
}
