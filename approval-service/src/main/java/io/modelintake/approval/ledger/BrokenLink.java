package io.modelintake.approval.ledger;

/**
 * The first place where the ledger does not check out: the sequence number at which it breaks, what is wrong,
 * and the expected and found values (for a hash: recomputed vs stored).
 */
public record BrokenLink(long sequence, Problem problem, String expected, String found) {

    public enum Problem {
        /** The entry is not the next in sequence: an entry before it was deleted, or entries are duplicated. */
        SEQUENCE_GAP,
        /** The entry's previous hash is not the hash of the entry before it. */
        PREVIOUS_HASH_MISMATCH,
        /** The stored hash is not the hash of the stored record: the record or the hash was changed. */
        HASH_MISMATCH
    }
}
