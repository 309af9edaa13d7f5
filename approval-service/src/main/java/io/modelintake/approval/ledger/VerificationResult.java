package io.modelintake.approval.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer of {@code GET /api/audit/verify} (API.md): {@code {"intact": true, "records": N}}, or
 * {@code intact: false} with the first broken link; {@code records} then counts the entries verified before it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationResult(boolean intact, long records, BrokenLink brokenLink) {

    static VerificationResult intact(long records) {
        return new VerificationResult(true, records, null);
    }

    static VerificationResult broken(long records, BrokenLink link) {
        return new VerificationResult(false, records, link);
    }
}
