package io.modelintake.approval.decision;

import java.util.List;

/** What the officer submitted (API.md: {@code decision}, {@code justification}, {@code conditions}). */
public record DecisionInput(Decision decision, String justification, List<String> conditions) {

    public DecisionInput {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }
}
