package io.modelintake.approval.ui;

import io.modelintake.approval.conditions.ConditionRules;
import io.modelintake.approval.conditions.ConditionStatus;
import io.modelintake.approval.conditions.ConditionView;
import io.modelintake.approval.expiry.ApprovalValidity;
import io.modelintake.contracts.RequestStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The follow-up of approvals as the pages show it (issue 15): days left, days overdue, who may mark what met. */
public final class FollowUpRows {

    private FollowUpRows() {
    }

    /** An approval expiring soon, in the officers' queue. */
    public record Expiring(ApprovalValidity.Expiring approval, long daysLeft) {

        static List<Expiring> of(List<ApprovalValidity.Expiring> approvals, Instant now) {
            return approvals.stream().map(a -> new Expiring(a, wholeDays(now, a.validUntil()))).toList();
        }
    }

    /** An overdue condition, in the officers' queue. */
    public record Overdue(ConditionView condition, long daysOverdue) {

        static List<Overdue> of(List<ConditionView> conditions, Instant now) {
            return conditions.stream().map(c -> new Overdue(c, wholeDays(c.dueAt(), now))).toList();
        }
    }

    /** A condition on the engineer's request page; {@code mayMarkMet}: the form to mark it met is shown. */
    public record Condition(ConditionView condition, boolean mayMarkMet) {

        static List<Condition> of(List<ConditionView> conditions, Viewer viewer, String requester, RequestStatus status) {
            boolean inForce = status == RequestStatus.APPROVED_WITH_CONDITIONS || status == RequestStatus.UNDER_REVIEW;
            return conditions.stream().map(c -> new Condition(c, inForce && viewer.isEngineer()
                    && c.status() != ConditionStatus.MET && ConditionRules.mayMarkMet(viewer.name(), c.owner(), requester)))
                    .toList();
        }
    }

    /** Until when the engineer's approvals hold and how many conditions each still has open. */
    public record Mine(Map<UUID, Instant> validUntil, Map<UUID, Long> openConditions) {

        public Instant validUntil(UUID requestId) {
            return validUntil.get(requestId);
        }

        public long openConditions(UUID requestId) {
            return openConditions.getOrDefault(requestId, 0L);
        }
    }

    /** Whole days from {@code from} to {@code to}, rounded down; negative when {@code to} has passed. */
    static long wholeDays(Instant from, Instant to) {
        return Duration.between(from, to).toDays();
    }
}
