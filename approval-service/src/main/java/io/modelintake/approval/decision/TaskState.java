package io.modelintake.approval.decision;

/**
 * Where an approval task stands; the final states are the request's final status. {@code EXPIRED}: the approval
 * was not renewed by its {@code validUntil}.
 */
public enum TaskState {
    PENDING,
    APPROVED,
    APPROVED_WITH_CONDITIONS,
    REJECTED,
    EXPIRED;

    public boolean isFinal() {
        return this != PENDING;
    }
}
