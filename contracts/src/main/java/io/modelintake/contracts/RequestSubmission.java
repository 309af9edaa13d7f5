package io.modelintake.contracts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** What an engineer submits (API.md): the body of {@code POST /api/requests} and of the licence dry run. */
public record RequestSubmission(@NotNull @Valid ModelSpec model, @NotNull @Valid IntendedUse intendedUse) {
}
