package io.modelintake.contracts;

import java.time.Instant;
import java.util.UUID;

/** A registered request: who asks to use which model for what. {@code requester} is the token's username. */
public record ModelRequest(
        UUID id,
        String requester,
        Instant submittedAt,
        ModelSpec model,
        IntendedUse intendedUse) {
}
