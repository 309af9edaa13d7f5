package io.modelintake.approval.notification;

import io.modelintake.contracts.RiskTier;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Something a realm user must learn about a request: the template data of its mail and inbox entry. The recipients
 * follow from {@link NotificationKind#audience()} and the realm, never from the notification's texts.
 *
 * @param kind          what happened
 * @param requestId     the request
 * @param requester     the username of who submitted it
 * @param modelName     the model as the requester named it
 * @param riskTier      the request's tier
 * @param outcome       the decision's outcome (ApprovalDecided), null when none
 * @param conditions    the approval's conditions, or the overdue condition
 * @param justification the last officer's (or the policy's) justification, null when none
 * @param due           when the approval expires, or when the overdue condition was due; null when none
 */
public record Notification(NotificationKind kind, UUID requestId, String requester, String modelName,
        RiskTier riskTier, String outcome, List<String> conditions, String justification, Instant due) {

    public Notification {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(modelName, "modelName");
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    /** The outcome as a reader says it: "approved with conditions". */
    public String outcomeText() {
        return outcome == null ? "" : outcome.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
