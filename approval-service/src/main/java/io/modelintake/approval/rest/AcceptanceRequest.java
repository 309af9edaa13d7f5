package io.modelintake.approval.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * The body of {@code POST /api/license-acceptances}: which licence text ({@code textSha256}, the SHA-256 hex of the
 * text license-service serves at {@code /api/licenses/{id}/text}; omitted only for a licence without a stored text),
 * on behalf of which company entity, for which models, optionally for which request (whose lineage must then name
 * that licence and text) and a note.
 */
public record AcceptanceRequest(
        @NotBlank @Size(max = 255) String licenseId,
        @Size(max = 500) String licenseName,
        @Pattern(regexp = "[0-9a-f]{64}", message = "must be the SHA-256 of the licence text, 64 lower-case hex digits")
        String textSha256,
        @NotBlank @Size(max = 255) String entity,
        @Size(max = 100) List<@NotBlank @Size(max = 255) String> models,
        UUID requestId,
        @Size(max = 4000) String note) {
}
