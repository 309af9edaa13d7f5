package io.modelintake.approval.audit;

import io.modelintake.approval.ledger.HashChain;
import io.modelintake.approval.ledger.LedgerEntry;
import io.modelintake.contracts.DecisionRecord;
import io.modelintake.platform.persistence.JsonColumns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.List;

/**
 * Appends decision records to the hash-chained ledger, each once. A transaction-scoped advisory lock serialises
 * appends across threads and across instances of this service, so the chain never forks.
 */
@ApplicationScoped
public class Ledger {

    /** The advisory lock key of the ledger head; any constant shared by every instance. */
    static final long HEAD_LOCK = 0x4c45444745524844L;

    private final EntityManager entityManager;
    private final HashChain chain;
    private final JsonColumns json;

    public Ledger(EntityManager entityManager, HashChain chain, JsonColumns json) {
        this.entityManager = entityManager;
        this.chain = chain;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(DecisionRecord record) {
        entityManager.createNativeQuery("select cast(pg_advisory_xact_lock(:key) as text)")
                .setParameter("key", HEAD_LOCK).getResultList();
        Number known = (Number) entityManager.createNativeQuery("select count(*) from {h-schema}ledger_entry where record_id = :id")
                .setParameter("id", record.id()).getSingleResult();
        if (known.longValue() > 0) {
            return;
        }
        LedgerEntry entry = chain.next(head(), record);
        entityManager.createNativeQuery("""
                        insert into {h-schema}ledger_entry (sequence, record_id, request_id, step, actor, decision, reasons,
                            inputs_digest, knowledge_version, at, record, previous_hash, hash)
                        values (:sequence, :recordId, :requestId, :step, :actor, :decision, :reasons,
                            :inputsDigest, :knowledgeVersion, :at, :record, :previousHash, :hash)""")
                .setParameter("sequence", entry.sequence())
                .setParameter("recordId", record.id())
                .setParameter("requestId", record.requestId())
                .setParameter("step", record.step().name())
                .setParameter("actor", record.actor())
                .setParameter("decision", record.decision())
                .setParameter("reasons", String.join(" ", record.reasons()))
                .setParameter("inputsDigest", record.inputsDigest())
                .setParameter("knowledgeVersion", record.knowledgeVersion())
                .setParameter("at", Timestamp.from(record.at()))
                .setParameter("record", json.write(record))
                .setParameter("previousHash", entry.previousHash())
                .setParameter("hash", entry.hash())
                .executeUpdate();
    }

    /** The last entry's place and hash (all that chaining the next one needs); null for an empty ledger. */
    private LedgerEntry head() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select sequence, hash from {h-schema}ledger_entry order by sequence desc limit 1")
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = rows.get(0);
        return new LedgerEntry(((Number) row[0]).longValue(), null, null, ((String) row[1]).trim());
    }
}
