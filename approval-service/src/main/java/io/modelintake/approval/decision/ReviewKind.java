package io.modelintake.approval.decision;

/** Why a decided approval is looked at again (issue 15). */
public enum ReviewKind {
    /** A re-evaluation on changed knowledge or policy made the outcome worse. */
    REEVALUATION,
    /** The approval reaches its {@code validUntil} and needs renewing. */
    EXPIRY
}
