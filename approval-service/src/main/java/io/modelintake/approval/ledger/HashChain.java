package io.modelintake.approval.ledger;

import io.modelintake.contracts.DecisionRecord;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Chains decision records so that changing, removing or reordering one breaks every later link (DESIGN.md,
 * Security rules: the ledger is tamper-evident). {@code hash = SHA-256 hex of the canonical JSON of
 * {"previousHash": <previous hash>, "record": <record>}}.
 *
 * <p>Hashes are taken over the record exactly as given: if the store keeps {@code at} at microsecond precision
 * (PostgreSQL {@code timestamptz}), truncate it to microseconds before chaining, or verification of the stored
 * rows fails.
 */
public final class HashChain {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private final CanonicalJson canonical;

    public HashChain(CanonicalJson canonical) {
        this.canonical = Objects.requireNonNull(canonical, "canonical");
    }

    /** The entry that follows {@code previous} ({@code null} for the first entry of the ledger). */
    public LedgerEntry next(LedgerEntry previous, DecisionRecord record) {
        Objects.requireNonNull(record, "record");
        long sequence = previous == null ? 1 : previous.sequence() + 1;
        String previousHash = previous == null ? GENESIS : previous.hash();
        return new LedgerEntry(sequence, record, previousHash, hashOf(record, previousHash));
    }

    public String hashOf(DecisionRecord record, String previousHash) {
        Map<String, Object> linked = new LinkedHashMap<>();
        linked.put("record", record);
        linked.put("previousHash", previousHash);
        return canonical.sha256Hex(linked);
    }
}
