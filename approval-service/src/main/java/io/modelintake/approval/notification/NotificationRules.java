package io.modelintake.approval.notification;

import io.modelintake.contracts.RiskTier;
import io.modelintake.contracts.events.ApprovalDecided;
import io.modelintake.contracts.events.ApprovalOpened;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who learns what (issue 15): officers of new and re-review tasks, the requester of decisions, re-reviews and expiry.
 * Plain functions of the event, the request's facts and the realm's users.
 */
public final class NotificationRules {

    private NotificationRules() {
    }

    /** What the approval service knows of the request: who submitted it and its model's name. */
    public record RequestFacts(String requester, String modelName) {
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

    /** A decision: the requester learns it; a re-review also goes to the officers, who must decide again. */
    public static List<Notification> onDecided(ApprovalDecided decided, RequestFacts facts) {
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

    private static Notification notification(NotificationKind kind, java.util.UUID requestId, RequestFacts facts,
            RiskTier tier, String outcome, List<String> conditions, String justification, java.time.Instant due) {
        return new Notification(kind, requestId, facts.requester(), facts.modelName(), tier, outcome, conditions,
                justification, due);
    }
}
