package io.modelintake.approval.audit;

import io.modelintake.contracts.DecisionRecord;
import java.util.List;

/**
 * What one ledger transaction stores: {@code records} in chain order (duplicates and records already in the ledger
 * are skipped), the CloudEvent ids they arrived with, and the dead letters of the records that could not be taken.
 */
public record LedgerBatch(List<DecisionRecord> records, List<String> eventIds, List<LedgerDeadLetter> deadLetters) {

    public LedgerBatch {
        records = List.copyOf(records);
        eventIds = List.copyOf(eventIds);
        deadLetters = List.copyOf(deadLetters);
    }

    public static LedgerBatch of(DecisionRecord record) {
        return new LedgerBatch(List.of(record), List.of(), List.of());
    }
}
