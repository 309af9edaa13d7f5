package io.modelintake.contracts;

/**
 * Where a request stands (DESIGN.md, Request status). A decided request can move to {@code UNDER_REVIEW} (a
 * re-evaluation made it worse, or its approval is about to expire) and from there back to a decision, or to
 * {@code EXPIRED} when nobody renewed its approval in time.
 */
public enum RequestStatus {
    SUBMITTED,
    LICENSE_RESOLVED,
    DATASETS_ASSESSED,
    AWAITING_APPROVAL,
    APPROVED,
    APPROVED_WITH_CONDITIONS,
    REJECTED,
    FAILED,
    UNDER_REVIEW,
    EXPIRED;

    /**
     * Whether approval-service decided this status (or a step failed): the pipeline's steps no longer move it, only a
     * newer decision does.
     */
    public boolean isFinal() {
        return this == APPROVED || this == APPROVED_WITH_CONDITIONS || this == REJECTED || this == FAILED
                || this == UNDER_REVIEW || this == EXPIRED;
    }
}
