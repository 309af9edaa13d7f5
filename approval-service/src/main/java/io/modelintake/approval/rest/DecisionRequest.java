package io.modelintake.approval.rest;

import io.modelintake.approval.decision.Decision;
import io.modelintake.approval.decision.DecisionInput;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of {@code POST /api/approvals/{requestId}/decisions} (API.md). */
public record DecisionRequest(
        @NotNull Decision decision,
        @Size(max = 4000) String justification,
        @Size(max = 50) List<@Size(max = 1000) String> conditions) {

    public DecisionInput toInput() {
        return new DecisionInput(decision, justification, conditions);
    }
}
