package io.modelintake.approval.decision;

/** Where an approval task stands; the final states are the request's final status. */
public enum TaskState {
    PENDING,
    APPROVED,
    APPROVED_WITH_CONDITIONS,
    REJECTED;

    public boolean isFinal() {
        return this != PENDING;
    }
}
