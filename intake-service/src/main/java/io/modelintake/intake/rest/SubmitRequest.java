package io.modelintake.intake.rest;

import io.modelintake.contracts.IntendedUse;
import io.modelintake.contracts.ModelSpec;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The body of {@code POST /api/requests} (API.md). */
public record SubmitRequest(@NotNull @Valid ModelSpec model, @NotNull @Valid IntendedUse intendedUse) {
}
