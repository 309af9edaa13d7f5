package io.modelintake.approval.audit;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A decision record the ledger can never take (it does not parse or breaks the contract), sent to the dead-letter
 * topic: where it was ({@code topic/partition/offset}), its record id and CloudEvent id when readable, and why. It
 * stays unresolved, and the ledger's health check DOWN, until a record with that record id or event id is appended.
 */
public record LedgerDeadLetter(Optional<UUID> recordId, Optional<String> eventId, String topic, int partition,
        long offset, String reason, Instant at) {
}
