package io.modelintake.approval.ledger;

import io.modelintake.platform.canonical.CanonicalJson;
import io.modelintake.contracts.DecisionRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

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

    /**
     * The entries that chain {@code records}, in their order, onto {@code head} ({@code null} for an empty ledger):
     * a record whose id is in {@code alreadyChained}, or that came earlier in {@code records}, gets no entry, so a
     * redelivered record is never chained twice.
     */
    public List<LedgerEntry> append(LedgerEntry head, List<DecisionRecord> records, Set<UUID> alreadyChained) {
        Set<UUID> seen = new HashSet<>(alreadyChained);
        List<LedgerEntry> entries = new ArrayList<>();
        LedgerEntry previous = head;
        for (DecisionRecord record : records) {
            if (seen.add(record.id())) {
                previous = next(previous, record);
                entries.add(previous);
            }
        }
        return entries;
    }

    public String hashOf(DecisionRecord record, String previousHash) {
        Map<String, Object> linked = new LinkedHashMap<>();
        linked.put("record", record);
        linked.put("previousHash", previousHash);
        return canonical.sha256Hex(linked);
    }
}
