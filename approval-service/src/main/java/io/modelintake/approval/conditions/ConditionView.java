package io.modelintake.approval.conditions;

import io.modelintake.approval.persistence.ApprovalConditionEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * One condition of an approval as its owner and the officers see it ({@code GET /api/approvals/{id}/conditions},
 * {@code GET /api/conditions}). {@code overdueSince} is when the sweep first found it overdue.
 */
public record ConditionView(
        UUID requestId,
        String modelName,
        int n,
        String text,
        String owner,
        Instant dueAt,
        ConditionStatus status,
        Instant metAt,
        String metBy,
        String evidence,
        Instant overdueSince) {

    static ConditionView of(ApprovalConditionEntity entity, String modelName, Instant now) {
        return new ConditionView(entity.requestId, modelName, entity.n, entity.text, entity.owner, entity.dueAt,
                ConditionStatus.of(entity.dueAt, entity.metAt, now), entity.metAt, entity.metBy, entity.evidence,
                entity.overdueAt);
    }
}
