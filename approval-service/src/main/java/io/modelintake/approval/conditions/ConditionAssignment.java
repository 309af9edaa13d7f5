package io.modelintake.approval.conditions;

import java.time.LocalDate;

/**
 * Who follows up the conditions of a decision and by when, as the deciding officer set them; either may be null
 * (the requester; the policy's due period for the tier).
 */
public record ConditionAssignment(String owner, LocalDate due) {

    public static final ConditionAssignment DEFAULT = new ConditionAssignment(null, null);

    public boolean isDefault() {
        return owner == null && due == null;
    }
}
