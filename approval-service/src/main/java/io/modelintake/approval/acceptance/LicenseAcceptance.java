package io.modelintake.approval.acceptance;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A company entity's acceptance of one licence text: which licence, which text (SHA-256 of the text license-service
 * stores; null for a licence without a stored text), on whose behalf ({@code entity}), by whom, when, for which
 * models, and the request it was accepted for, if any.
 */
public record LicenseAcceptance(
        UUID id,
        String licenseId,
        String licenseName,
        String textSha256,
        String entity,
        String acceptedBy,
        Instant acceptedAt,
        List<String> models,
        UUID requestId,
        String note) {

    public LicenseAcceptance {
        models = models == null ? List.of() : List.copyOf(models);
    }

    /** Whether this acceptance covers the text {@code textSha256} of {@code licenseId}. */
    public boolean covers(String licenseId, String textSha256) {
        return this.licenseId.equals(licenseId) && Objects.equals(this.textSha256, textSha256);
    }
}
