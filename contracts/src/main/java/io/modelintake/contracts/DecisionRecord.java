package io.modelintake.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One decision made by a service or a person (DESIGN.md). {@code reasons} are rule ids and finding codes;
 * {@code inputsDigest} is the SHA-256 of the canonical JSON of what the decision was made on. The ledger
 * chains records with the previous hash; a record as emitted carries no hash.
 */
public record DecisionRecord(
        UUID id,
        UUID requestId,
        Step step,
        String actor,
        String decision,
        List<String> reasons,
        String inputsDigest,
        String knowledgeVersion,
        Instant at) {

    /** The knowledge version of a decision that rests on no knowledge (a registration, a failure). */
    public static final String NO_KNOWLEDGE = "none";

    public DecisionRecord {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public enum Step {
        REGISTRATION,
        LICENSE_RESOLUTION,
        DATASET_ASSESSMENT,
        RISK_TIERING,
        APPROVAL,
        KNOWLEDGE_CHANGE,
        FAILURE,
        /** An intake-admin re-published a dead-lettered event to its topic after a fix. */
        DEAD_LETTER_REPLAY,
        /** An intake-admin or compliance officer recorded the company's acceptance of a licence text. */
        LICENSE_ACCEPTANCE,
        /** A request's licence and dataset steps ran again on changed knowledge, and the outcome was compared. */
        REEVALUATION,
        /** An approval reached its review date or expired without renewal. */
        EXPIRY,
        /** A condition of an approval got an owner and due date, was met with evidence, or fell overdue. */
        CONDITION_FOLLOW_UP
    }
}
