package io.modelintake.approval.decision;

/** The result of {@link ApprovalRules#decide}: the task with the new signature, or why it was refused. */
public sealed interface DecisionOutcome {

    /**
     * The decision was recorded. {@code settled} is true when it set the request's outcome (the task became final,
     * or an exception or an officer's rejection closed a PROHIBITED task): the adapter then publishes
     * {@link ApprovalTask#toApprovalDecided()}.
     */
    record Accepted(ApprovalTask task, boolean settled) implements DecisionOutcome {
    }

    /** Nothing changed; {@code detail} says what to change, for the problem+json body. */
    record Refused(Refusal reason, String detail) implements DecisionOutcome {
    }
}
