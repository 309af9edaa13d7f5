package io.modelintake.contracts.events;

import io.modelintake.contracts.ModelRequest;

/**
 * {@code modelintake.request.reevaluation-requested.v1}: intake-service asks that a registered request's licence and
 * dataset steps run again with the knowledge as it is now. license-service handles it as it handles
 * {@link RequestRegistered}, and carries {@code reevaluation} on.
 */
public record ReevaluationRequested(ModelRequest request, Reevaluation reevaluation) {
}
