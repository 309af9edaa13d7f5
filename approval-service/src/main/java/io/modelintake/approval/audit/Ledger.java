package io.modelintake.approval.audit;

import io.agroal.api.AgroalDataSource;
import io.modelintake.approval.ledger.HashChain;
import io.modelintake.approval.ledger.LedgerEntry;
import io.modelintake.contracts.DecisionRecord;
import io.modelintake.platform.persistence.JsonColumns;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Appends decision records to the hash-chained ledger, each once, a batch per transaction. It works on its own
 * datasource ({@code ledger}: a small pool, plain JDBC transactions outside JTA), so a slow or locked ledger never
 * holds one of the approval path's connections. A transaction-scoped advisory lock, taken once per batch,
 * serialises appends across threads and across instances of this service, so the chain never forks.
 */
@ApplicationScoped
public class Ledger {

    /** The advisory lock key of the ledger head; any constant shared by every instance. */
    static final long HEAD_LOCK = 0x4c45444745524844L;

    private final AgroalDataSource dataSource;
    private final HashChain chain;
    private final JsonColumns json;
    private final LedgerConfig config;
    private final Clock clock;
    private final String schema;

    public Ledger(@DataSource("ledger") AgroalDataSource dataSource, HashChain chain, JsonColumns json,
            LedgerConfig config, Clock clock,
            @ConfigProperty(name = "quarkus.hibernate-orm.database.default-schema") String schema) {
        this.dataSource = dataSource;
        this.chain = chain;
        this.json = json;
        this.config = config;
        this.clock = clock;
        this.schema = schema;
    }

    /** Appends one record unless the ledger holds it already. */
    public int append(DecisionRecord record) {
        return append(LedgerBatch.of(record));
    }

    /**
     * In one transaction under the head lock: chains the batch's records that the ledger does not hold yet onto its
     * head and inserts them, stores the batch's dead letters, and resolves every dead letter of a record the batch
     * brought (by record id or CloudEvent id). Returns how many entries it added. Any failure rolls all of it back;
     * the failure's cause tells whether trying again may succeed ({@code Failures.isTransient}).
     */
    public int append(LedgerBatch batch) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int added = append(connection, batch);
                connection.commit();
                return added;
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("appending to the ledger failed: " + e.getMessage(), e);
        }
    }

    private int append(Connection connection, LedgerBatch batch) throws SQLException {
        try (PreparedStatement lockTimeout = connection.prepareStatement("select set_config('lock_timeout', ?, true)");
                PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
            lockTimeout.setString(1, config.lockTimeout().toMillis() + "ms");
            lockTimeout.execute();
            lock.setLong(1, HEAD_LOCK);
            lock.execute();
        }
        List<LedgerEntry> entries = chain.append(head(connection), batch.records(), known(connection, batch.records()));
        insert(connection, entries);
        storeDeadLetters(connection, batch.deadLetters());
        resolveDeadLetters(connection, batch);
        return entries.size();
    }

    /** The ids of {@code records} that the ledger already holds. */
    private Set<UUID> known(Connection connection, List<DecisionRecord> records) throws SQLException {
        Set<UUID> known = new HashSet<>();
        if (records.isEmpty()) {
            return known;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "select record_id from " + schema + ".ledger_entry where record_id = any(?)")) {
            select.setArray(1, connection.createArrayOf("uuid", records.stream().map(DecisionRecord::id).toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    known.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return known;
    }

    /** The last entry's place and hash (all that chaining the next one needs); null for an empty ledger. */
    private LedgerEntry head(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select sequence, hash from " + schema + ".ledger_entry order by sequence desc limit 1");
                ResultSet rows = select.executeQuery()) {
            return rows.next() ? new LedgerEntry(rows.getLong(1), null, null, rows.getString(2).trim()) : null;
        }
    }

    private void insert(Connection connection, List<LedgerEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into " + schema + ".ledger_entry"
                + " (sequence, record_id, request_id, step, actor, decision, reasons, inputs_digest, knowledge_version,"
                + " at, record, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (LedgerEntry entry : entries) {
                DecisionRecord record = entry.record();
                insert.setLong(1, entry.sequence());
                insert.setObject(2, record.id());
                insert.setObject(3, record.requestId(), Types.OTHER);
                insert.setString(4, record.step().name());
                insert.setString(5, record.actor());
                insert.setString(6, record.decision());
                insert.setString(7, String.join(" ", record.reasons()));
                insert.setString(8, record.inputsDigest());
                insert.setString(9, record.knowledgeVersion());
                insert.setTimestamp(10, Timestamp.from(record.at()));
                insert.setString(11, json.write(record));
                insert.setString(12, entry.previousHash());
                insert.setString(13, entry.hash());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void storeDeadLetters(Connection connection, List<LedgerDeadLetter> letters) throws SQLException {
        if (letters.isEmpty()) {
            return;
        }
        // A redelivered dead letter (the same place in the log) is stored once.
        try (PreparedStatement insert = connection.prepareStatement("insert into " + schema + ".ledger_dead_letter"
                + " (record_id, event_id, topic, kafka_partition, kafka_offset, reason, at) values (?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (topic, kafka_partition, kafka_offset) do nothing")) {
            for (LedgerDeadLetter letter : letters) {
                insert.setObject(1, letter.recordId().orElse(null), Types.OTHER);
                insert.setString(2, letter.eventId().map(Ledger::storable).orElse(null));
                insert.setString(3, letter.topic());
                insert.setInt(4, letter.partition());
                insert.setLong(5, letter.offset());
                insert.setString(6, storable(letter.reason()));
                insert.setTimestamp(7, Timestamp.from(letter.at()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void resolveDeadLetters(Connection connection, LedgerBatch batch) throws SQLException {
        if (batch.records().isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("update " + schema + ".ledger_dead_letter"
                + " set resolved_at = ? where resolved_at is null and (record_id = any(?) or event_id = any(?))")) {
            update.setTimestamp(1, Timestamp.from(clock.instant()));
            update.setArray(2, connection.createArrayOf("uuid", batch.records().stream().map(DecisionRecord::id).toArray()));
            update.setArray(3, connection.createArrayOf("text", batch.eventIds().stream().map(Ledger::storable).toArray()));
            update.executeUpdate();
        }
    }

    /** PostgreSQL text cannot hold NUL, and a dead letter's reason may quote the payload that held one. */
    private static String storable(String text) {
        return text.replace('\u0000', '\uFFFD');
    }

    private static void rollback(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
