package io.modelintake.approval.rest;

import io.modelintake.approval.conditions.ConditionAssignment;
import io.modelintake.approval.decision.Decision;
import io.modelintake.approval.decision.DecisionInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /api/approvals/{requestId}/decisions} (API.md). A null or blank condition is refused
 * here, naming its place in the list, before {@link DecisionInput} copies the list. {@code acceptLicensesFor}, a
 * company entity, adds the condition that it accepts the request's click-through licences, and records it.
 * {@code conditionOwner} (a username) and {@code conditionsDue} (a date) set who follows up the conditions and by
 * when; by default the requester, within the risk policy's {@code conditionDue} of the tier.
 */
public record DecisionRequest(
        @NotNull Decision decision,
        @Size(max = 4000) String justification,
        @Size(max = 50) List<@NotBlank @Size(max = 1000) String> conditions,
        @Size(max = 255) String acceptLicensesFor,
        @Size(max = 255) String conditionOwner,
        LocalDate conditionsDue) {

    public DecisionInput toInput() {
        return new DecisionInput(decision, justification, conditions);
    }

    public ConditionAssignment assignment() {
        return new ConditionAssignment(conditionOwner, conditionsDue);
    }
}
