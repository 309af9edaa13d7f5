package io.modelintake.approval.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.contracts.DecisionRecord;
import io.modelintake.platform.canonical.CanonicalJson;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Chaining a batch onto the head: in order, each record once, verifiable as if appended one by one. */
class HashChainTests {

    private final HashChain chain = new HashChain(new CanonicalJson());

    @Test
    void aBatchOnAnEmptyLedgerStartsAtGenesisAndKeepsItsOrder() {
        DecisionRecord a = record("A"), b = record("B"), c = record("C");

        List<LedgerEntry> entries = chain.append(null, List.of(a, b, c), Set.of());

        assertThat(entries).extracting(LedgerEntry::sequence).containsExactly(1L, 2L, 3L);
        assertThat(entries).extracting(LedgerEntry::record).containsExactly(a, b, c);
        assertThat(ChainVerifier.verify(chain, entries.iterator())).isEqualTo(new VerificationResult(true, 3, null));
    }

    @Test
    void aBatchFollowsTheHeadAsAppendsOneByOneWould() {
        DecisionRecord first = record("FIRST"), a = record("A"), b = record("B");
        LedgerEntry head = chain.next(null, first);

        List<LedgerEntry> batched = chain.append(head, List.of(a, b), Set.of());
        LedgerEntry oneByOne = chain.next(chain.next(head, a), b);

        assertThat(batched).last().isEqualTo(oneByOne);
        assertThat(ChainVerifier.verify(chain, Stream.concat(Stream.of(head), batched.stream()).iterator()).intact()).isTrue();
    }

    @Test
    void recordsAlreadyInTheLedgerAndRepeatsWithinTheBatchGetNoEntry() {
        DecisionRecord known = record("KNOWN"), a = record("A"), b = record("B");
        LedgerEntry head = chain.next(null, known);

        List<LedgerEntry> entries = chain.append(head, List.of(a, known, a, b, b), Set.of(known.id()));

        assertThat(entries).extracting(LedgerEntry::record).containsExactly(a, b);
        assertThat(entries).extracting(LedgerEntry::sequence).containsExactly(2L, 3L);
    }

    @Test
    void aBatchOfKnownRecordsAddsNothing() {
        DecisionRecord a = record("A");
        Iterator<LedgerEntry> none = chain.append(chain.next(null, a), List.of(a, a), Set.of(a.id())).iterator();

        assertThat(none).isExhausted();
    }

    private static DecisionRecord record(String decision) {
        return new DecisionRecord(UUID.randomUUID(), UUID.randomUUID(), DecisionRecord.Step.APPROVAL, "bob", decision,
                List.of("TIER:LOW"), "0".repeat(64), "test", Instant.parse("2026-11-26T10:00:00Z"));
    }
}
