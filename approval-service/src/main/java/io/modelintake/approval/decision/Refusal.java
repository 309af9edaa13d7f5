package io.modelintake.approval.decision;

/**
 * Why a decision was refused, with the HTTP status the REST adapter answers with (as problem+json). Checks run
 * in the order: role, own request, task state, decision kind, second signature, input.
 */
public enum Refusal {
    /** The actor lacks the {@code compliance-officer} role. */
    NOT_AN_OFFICER(403),
    /** DESIGN.md, Security rules: nobody approves their own request. */
    OWN_REQUEST(403),
    /** The task reached its final state; nothing changes it any more. */
    ALREADY_DECIDED(409),
    /**
     * APPROVE or APPROVE_WITH_CONDITIONS on a PROHIBITED task: it is already rejected by policy, only
     * GRANT_EXCEPTION (or REJECT) applies. 409 because the request is valid but conflicts with the task's state.
     */
    EXCEPTION_REQUIRED(409),
    /** GRANT_EXCEPTION on a task that the policy did not prohibit; 409 for the same reason. */
    EXCEPTION_NOT_APPLICABLE(409),
    /** The officer already signed this task; a second signature must come from a distinct officer. */
    ALREADY_SIGNED(409),
    /** Every decision carries a written justification (DESIGN.md, Users: "always with a written justification"). */
    JUSTIFICATION_REQUIRED(400),
    /** APPROVE_WITH_CONDITIONS needs at least one non-blank condition. */
    CONDITIONS_REQUIRED(400),
    /** APPROVE and REJECT carry no conditions; use APPROVE_WITH_CONDITIONS. */
    CONDITIONS_NOT_ALLOWED(400);

    private final int httpStatus;

    Refusal(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
