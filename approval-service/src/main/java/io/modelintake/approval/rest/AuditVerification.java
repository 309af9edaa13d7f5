package io.modelintake.approval.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.modelintake.approval.ledger.BrokenLink;
import io.modelintake.approval.ledger.VerificationResult;

/**
 * The answer of {@code GET /api/audit/verify}: the chain's verification ({@code intact}, {@code records},
 * {@code brokenLink}, as API.md has them) and {@code deadLetters}, the decision records dead-lettered and not yet in
 * the ledger. A chain can be intact while records are missing from it, so an auditor needs both.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditVerification(boolean intact, long records, BrokenLink brokenLink, long deadLetters) {

    static AuditVerification of(VerificationResult chain, long deadLetters) {
        return new AuditVerification(chain.intact(), chain.records(), chain.brokenLink(), deadLetters);
    }
}
