package io.modelintake.approval.decision;

/** What an officer (or the policy) decides on an approval task (API.md, Decide). */
public enum Decision {
    APPROVE,
    /** Approve on the conditions given, which must not be empty. */
    APPROVE_WITH_CONDITIONS,
    REJECT,
    /** Override the policy's rejection of a PROHIBITED request; needs a second, distinct officer. */
    GRANT_EXCEPTION;

    boolean approves() {
        return this != REJECT;
    }
}
