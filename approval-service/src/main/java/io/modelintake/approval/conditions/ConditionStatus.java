package io.modelintake.approval.conditions;

import java.time.Instant;

/** Where one condition of an approval stands: met (with evidence), overdue (open past its due date) or open. */
public enum ConditionStatus {
    OPEN,
    OVERDUE,
    MET;

    public static ConditionStatus of(Instant dueAt, Instant metAt, Instant now) {
        if (metAt != null) {
            return MET;
        }
        return now.isBefore(dueAt) ? OPEN : OVERDUE;
    }
}
