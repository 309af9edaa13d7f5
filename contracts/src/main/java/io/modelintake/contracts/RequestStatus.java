package io.modelintake.contracts;

public enum RequestStatus {
    SUBMITTED,
    LICENSE_RESOLVED,
    DATASETS_ASSESSED,
    AWAITING_APPROVAL,
    APPROVED,
    APPROVED_WITH_CONDITIONS,
    REJECTED,
    FAILED;

    public boolean isFinal() {
        return this == APPROVED || this == APPROVED_WITH_CONDITIONS || this == REJECTED || this == FAILED;
    }
}
