package io.modelintake.contracts.events;

import io.modelintake.contracts.ModelRequest;

/** {@code modelintake.request.registered.v1}: a new request, as validated by intake-service. */
public record RequestRegistered(ModelRequest request) {
}
