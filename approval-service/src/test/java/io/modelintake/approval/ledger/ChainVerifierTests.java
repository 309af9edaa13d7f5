package io.modelintake.approval.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.contracts.DecisionRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class ChainVerifierTests {

    private static final int LENGTH = 40;

    private final HashChain chain = new HashChain(new CanonicalJson());

    enum Tampering { RECORD, HASH, PREVIOUS_HASH, DELETE, DELETE_AND_RENUMBER, RECORD_AND_HASH, SWAP, DUPLICATE }

    @Test
    void intactChainReportsItsLength() {
        VerificationResult result = ChainVerifier.verify(chain, build(LENGTH).iterator());

        assertThat(result).isEqualTo(new VerificationResult(true, LENGTH, null));
    }

    @Test
    void emptyLedgerIsIntact() {
        assertThat(ChainVerifier.verify(chain, List.<LedgerEntry>of().iterator()))
                .isEqualTo(new VerificationResult(true, 0, null));
    }

    @Test
    void firstEntryFollowsGenesisAndEachNextTheOneBefore() {
        List<LedgerEntry> entries = build(3);

        assertThat(entries).extracting(LedgerEntry::sequence).containsExactly(1L, 2L, 3L);
        assertThat(entries.get(0).previousHash()).isEqualTo(HashChain.GENESIS).hasSize(64);
        assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
        assertThat(entries.get(2).previousHash()).isEqualTo(entries.get(1).hash());
        assertThat(entries).extracting(LedgerEntry::hash).allMatch(hash -> hash.matches("[0-9a-f]{64}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/cases/ledger-tampering.csv", delimiter = '|', numLinesToSkip = 1)
    void reportsTheFirstBrokenLink(String name, int position, Tampering tampering, BrokenLink.Problem problem,
            long reportedAt) {
        List<LedgerEntry> entries = tamper(build(LENGTH), position, tampering);

        VerificationResult result = ChainVerifier.verify(chain, entries.iterator());

        assertThat(result.intact()).as(name).isFalse();
        assertThat(result.brokenLink().problem()).as("%s: problem", name).isEqualTo(problem);
        assertThat(result.brokenLink().sequence()).as("%s: sequence", name).isEqualTo(reportedAt);
        assertThat(result.records()).as("%s: records verified before the break", name).isEqualTo(reportedAt - 1);
    }

    @Test
    void hashMismatchShowsStoredAndRecomputedHash() {
        List<LedgerEntry> entries = tamper(build(5), 3, Tampering.HASH);

        BrokenLink link = ChainVerifier.verify(chain, entries.iterator()).brokenLink();

        assertThat(link.found()).isEqualTo("f".repeat(64));
        assertThat(link.expected()).isEqualTo(chain.hashOf(entries.get(2).record(), entries.get(2).previousHash()));
    }

    @Test
    void verifiesFromACheckpoint() {
        List<LedgerEntry> entries = build(10);
        ChainVerifier verifier = new ChainVerifier(chain, 6, entries.get(4).hash());

        entries.subList(5, 10).forEach(verifier::accept);

        assertThat(verifier.result()).isEqualTo(new VerificationResult(true, 5, null));
    }

    @Test
    void streamsALongLedgerWithoutHoldingIt() {
        int length = 20_000;
        Iterator<LedgerEntry> generated = new Iterator<>() {
            private LedgerEntry last;

            @Override
            public boolean hasNext() {
                return last == null || last.sequence() < length;
            }

            @Override
            public LedgerEntry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                last = chain.next(last, record(last == null ? 1 : last.sequence() + 1));
                return last;
            }
        };

        assertThat(ChainVerifier.verify(chain, generated)).isEqualTo(new VerificationResult(true, length, null));
    }

    private List<LedgerEntry> build(int length) {
        List<LedgerEntry> entries = new ArrayList<>();
        LedgerEntry last = null;
        for (int i = 1; i <= length; i++) {
            last = chain.next(last, record(i));
            entries.add(last);
        }
        return entries;
    }

    private static DecisionRecord record(long i) {
        DecisionRecord.Step step = DecisionRecord.Step.values()[(int) (i % DecisionRecord.Step.values().length)];
        return new DecisionRecord(new UUID(0x5eed, i), new UUID(0xfeed, i / 5), step,
                i % 3 == 0 ? "bob" : "license-service", i % 2 == 0 ? "APPROVE" : "LICENSE_RESOLVED",
                List.of("RULE_" + i, "FINDING_" + (i * 7)), "%064x".formatted(i), "knowledge-2026-11-26.1",
                Instant.parse("2026-11-26T09:00:00Z").plusMillis(i * 1234));
    }

    private List<LedgerEntry> tamper(List<LedgerEntry> entries, int position, Tampering tampering) {
        List<LedgerEntry> result = new ArrayList<>(entries);
        int k = position - 1;
        LedgerEntry entry = result.get(k);
        switch (tampering) {
            case RECORD -> result.set(k, new LedgerEntry(entry.sequence(), withActor(entry.record(), "mallory"),
                    entry.previousHash(), entry.hash()));
            case HASH -> result.set(k, new LedgerEntry(entry.sequence(), entry.record(), entry.previousHash(),
                    "f".repeat(64)));
            case PREVIOUS_HASH -> result.set(k, new LedgerEntry(entry.sequence(), entry.record(), "0".repeat(63) + "1",
                    entry.hash()));
            case DELETE -> result.remove(k);
            case DELETE_AND_RENUMBER -> {
                result.remove(k);
                for (int i = k; i < result.size(); i++) {
                    LedgerEntry later = result.get(i);
                    result.set(i, new LedgerEntry(later.sequence() - 1, later.record(), later.previousHash(),
                            later.hash()));
                }
            }
            case RECORD_AND_HASH -> {
                DecisionRecord forged = withActor(entry.record(), "mallory");
                result.set(k, new LedgerEntry(entry.sequence(), forged, entry.previousHash(),
                        chain.hashOf(forged, entry.previousHash())));
            }
            case SWAP -> {
                result.set(k, result.get(k + 1));
                result.set(k + 1, entry);
            }
            case DUPLICATE -> result.add(k + 1, entry);
        }
        return result;
    }

    private static DecisionRecord withActor(DecisionRecord r, String actor) {
        return new DecisionRecord(r.id(), r.requestId(), r.step(), actor, r.decision(), r.reasons(), r.inputsDigest(),
                r.knowledgeVersion(), r.at());
    }
}
