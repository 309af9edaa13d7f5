package io.modelintake.approval.ledger;

import java.util.Iterator;
import java.util.Objects;

/**
 * Verifies ledger entries one by one, in sequence order, in constant memory: the adapter streams the rows
 * through {@link #accept} and asks for the {@link #result}. After the first broken link further entries are
 * ignored. One verifier per verification run; not thread-safe.
 *
 * <p>A chain alone cannot reveal that its last entries were cut off; compare {@code records} with the ledger's
 * row count or a published head hash for that.
 */
public final class ChainVerifier {

    private final HashChain chain;
    private long expectedSequence;
    private String expectedPreviousHash;
    private long verified;
    private BrokenLink brokenLink;

    /** Verifies a ledger from its first entry. */
    public ChainVerifier(HashChain chain) {
        this(chain, 1, HashChain.GENESIS);
    }

    /** Verifies from a trusted checkpoint: the entry with {@code firstSequence} must follow {@code previousHash}. */
    public ChainVerifier(HashChain chain, long firstSequence, String previousHash) {
        this.chain = Objects.requireNonNull(chain, "chain");
        this.expectedSequence = firstSequence;
        this.expectedPreviousHash = Objects.requireNonNull(previousHash, "previousHash");
    }

    /** Verifies every entry of {@code entries}, stopping at the first broken link. */
    public static VerificationResult verify(HashChain chain, Iterator<LedgerEntry> entries) {
        ChainVerifier verifier = new ChainVerifier(chain);
        while (entries.hasNext()) {
            if (!verifier.accept(entries.next())) {
                break;
            }
        }
        return verifier.result();
    }

    /** Checks the next entry; returns whether the chain is still intact. */
    public boolean accept(LedgerEntry entry) {
        if (brokenLink != null) {
            return false;
        }
        if (entry.sequence() != expectedSequence) {
            return breakAt(new BrokenLink(expectedSequence, BrokenLink.Problem.SEQUENCE_GAP,
                    Long.toString(expectedSequence), Long.toString(entry.sequence())));
        }
        if (!expectedPreviousHash.equals(entry.previousHash())) {
            return breakAt(new BrokenLink(entry.sequence(), BrokenLink.Problem.PREVIOUS_HASH_MISMATCH,
                    expectedPreviousHash, entry.previousHash()));
        }
        String recomputed = chain.hashOf(entry.record(), entry.previousHash());
        if (!recomputed.equals(entry.hash())) {
            return breakAt(new BrokenLink(entry.sequence(), BrokenLink.Problem.HASH_MISMATCH, recomputed,
                    entry.hash()));
        }
        verified++;
        expectedSequence++;
        expectedPreviousHash = recomputed;
        return true;
    }

    public VerificationResult result() {
        return brokenLink == null ? VerificationResult.intact(verified) : VerificationResult.broken(verified, brokenLink);
    }

    private boolean breakAt(BrokenLink link) {
        brokenLink = link;
        return false;
    }
}
