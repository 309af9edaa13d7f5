package io.modelintake.license.evaluation;

import java.util.List;
import java.util.Set;

/**
 * The facts of the intended use and the model that terms are compared with. {@code flags} are the model's
 * catalogue flags (e.g. {@code multimodal}); {@code flagsKnown} is false when the model is not in the catalogue.
 */
record EvaluationContext(
        List<String> jurisdictions,
        Long monthlyActiveUsers,
        Long annualRevenueUsd,
        Set<String> flags,
        boolean flagsKnown) {

    EvaluationContext forModel(Set<String> modelFlags, boolean known) {
        return new EvaluationContext(jurisdictions, monthlyActiveUsers, annualRevenueUsd, modelFlags, known);
    }
}
