package io.modelintake.approval.notification;

import io.modelintake.approval.decision.ApprovalTask;
import io.modelintake.contracts.RiskTier;
import io.modelintake.contracts.events.ApprovalDecided;
import io.modelintake.contracts.events.ApprovalOpened;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who learns what (issue 15): officers of new and re-review tasks, expiring approvals and overdue conditions; the
 * requester of decisions, re-reviews, expiry and overdue conditions.
 * Plain functions of the event, the request's facts and the realm's users.
 */
public final class NotificationRules {

    private NotificationRules() {
    }

    /**
     * What the approval service knows of the request: who submitted it, its model's name, and when its latest EXPIRY
     * re-review opened (null when none did).
     */
    public record RequestFacts(String requester, String modelName, Instant expiryReviewOpenedAt) {

        public RequestFacts(String requester, String modelName) {
            this(requester, modelName, null);
        }

        /** Whether {@code underReview} announced that EXPIRY re-review: it carries the review's opening time. */
        boolean announcesExpiryReview(ApprovalDecided underReview) {
            return expiryReviewOpenedAt != null && underReview.decidedAt() != null
                    && expiryReviewOpenedAt.truncatedTo(ChronoUnit.MILLIS).equals(underReview.decidedAt().truncatedTo(ChronoUnit.MILLIS));
        }
    }

    /**
     * A task opened: the officers are asked to decide it. A PROHIBITED request was rejected by the policy in the same
     * step; its decision tells the requester, and there is nothing for an officer to do unless asked for an exception.
     */
    public static List<Notification> onOpened(ApprovalOpened opened, RequestFacts facts) {
        if (opened.riskTier() == RiskTier.PROHIBITED) {
            return List.of();
        }
        return List.of(notification(NotificationKind.REQUEST_OPENED, opened.requestId(), facts, opened.riskTier(), null,
                List.of(), null, null));
    }

    /**
     * A decision: the requester learns it; a re-review also goes to the officers, who must decide again. The re-review
     * the expiry sweep opened is told by {@link #onExpiryReview}, written with it, so its announcement adds nothing.
     */
    public static List<Notification> onDecided(ApprovalDecided decided, RequestFacts facts) {
        if (ApprovalTask.UNDER_REVIEW.equals(decided.outcome()) && facts.announcesExpiryReview(decided)) {
            return List.of();
        }
        String justification = decided.signatures().isEmpty() ? null
                : decided.signatures().get(decided.signatures().size() - 1).justification();
        List<NotificationKind> kinds = switch (decided.outcome()) {
            case "APPROVED", "APPROVED_WITH_CONDITIONS", "REJECTED" -> List.of(NotificationKind.REQUEST_DECIDED);
            case "UNDER_REVIEW" -> List.of(NotificationKind.REQUEST_UNDER_REVIEW, NotificationKind.REVIEW_OPENED);
            case "EXPIRED" -> List.of(NotificationKind.REQUEST_EXPIRED);
            default -> List.of();
        };
        List<Notification> notifications = new ArrayList<>(kinds.size());
        for (NotificationKind kind : kinds) {
            notifications.add(notification(kind, decided.requestId(), facts, decided.riskTier(), decided.outcome(),
                    decided.conditions(), justification, decided.validUntil()));
        }
        return notifications;
    }

    /**
     * The expiry sweep opened the EXPIRY re-review of an approval valid until {@code validUntil}, or found a
     * re-evaluation's re-review open that now also decides its renewal: the requester learns the approval expires
     * soon, the officers that it awaits their renewal. The sweep does this once per validity.
     */
    public static List<Notification> onExpiryReview(UUID requestId, RequestFacts facts, RiskTier tier, Instant validUntil) {
        return List.of(
                notification(NotificationKind.APPROVAL_EXPIRES_SOON, requestId, facts, tier, null, List.of(), null, validUntil),
                notification(NotificationKind.EXPIRY_REVIEW_OPENED, requestId, facts, tier, null, List.of(), null, validUntil));
    }

    /**
     * A condition became overdue (the sweep records each once): the requester is asked to meet it, the officers see it
     * among the overdue ones.
     */
    public static List<Notification> onConditionOverdue(UUID requestId, RequestFacts facts, RiskTier tier, String condition,
            Instant dueAt) {
        return List.of(
                notification(NotificationKind.CONDITION_OVERDUE, requestId, facts, tier, null, List.of(condition), null, dueAt),
                notification(NotificationKind.CONDITION_OVERDUE_FOR_OFFICERS, requestId, facts, tier, null,
                        List.of(condition), null, dueAt));
    }

    /**
     * The realm users a notification goes to: enabled officers other than the requester, or the requester if the
     * realm still has them enabled. Only a verified realm address is mailed; without one the inbox still shows it.
     */
    public static List<Recipient> recipients(Notification notification, List<RealmUser> officers,
            Optional<RealmUser> requester) {
        List<RealmUser> users = switch (notification.kind().audience()) {
            case OFFICERS -> officers.stream()
                    .filter(officer -> !officer.username().equals(notification.requester()))
                    .toList();
            case REQUESTER -> requester.filter(user -> user.username().equals(notification.requester()))
                    .map(List::of).orElse(List.of());
        };
        return users.stream()
                .filter(RealmUser::enabled)
                .distinct()
                .map(user -> new Recipient(user.username(), user.mailAddress()))
                .toList();
    }

    private static Notification notification(NotificationKind kind, UUID requestId, RequestFacts facts,
            RiskTier tier, String outcome, List<String> conditions, String justification, Instant due) {
        return new Notification(kind, requestId, facts.requester(), facts.modelName(), tier, outcome, conditions,
                justification, due);
    }
}
