package io.modelintake.approval.ledger;

import io.modelintake.contracts.DecisionRecord;

/**
 * One row of the audit ledger: the record, its place in the chain (1, 2, 3 … without gaps), the hash of the
 * previous entry ({@link HashChain#GENESIS} for the first) and its own hash over record and previous hash.
 */
public record LedgerEntry(long sequence, DecisionRecord record, String previousHash, String hash) {
}
