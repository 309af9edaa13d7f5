package io.modelintake.approval.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Streams ledger rows oldest first through a server-side cursor, so that an export or a verification of any
 * size runs in constant memory.
 */
@ApplicationScoped
public class LedgerRows {

    private static final int FETCH_SIZE = 2_000;

    private final AgroalDataSource dataSource;
    private final String schema;

    public LedgerRows(AgroalDataSource dataSource,
            @ConfigProperty(name = "quarkus.hibernate-orm.database.default-schema") String schema) {
        this.dataSource = dataSource;
        this.schema = schema;
    }

    /** Hands each row of {@code query}, in sequence order, to {@code visitor}; stops when it returns false. */
    public void stream(LedgerQuery query, RowVisitor visitor) {
        LedgerQuery.Where where = query.where(schema);
        String sql = "select l.sequence, l.record_id, l.request_id, l.step, l.actor, l.decision, l.reasons, l.inputs_digest,"
                + " l.knowledge_version, l.at, l.record, l.previous_hash, l.hash from " + schema + ".ledger_entry l"
                + where.sql() + " order by l.sequence";
        // A transaction keeps the connection out of auto-commit, which PostgreSQL needs to fetch through a cursor.
        QuarkusTransaction.requiringNew().timeout((int) Duration.ofHours(2).toSeconds()).run(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                            ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(FETCH_SIZE);
                for (int i = 0; i < where.parameters().size(); i++) {
                    statement.setObject(i + 1, where.parameters().get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        if (!visitor.visit(rows)) {
                            return;
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("reading the ledger failed", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public long count() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = connection.prepareStatement("select count(*) from " + schema + ".ledger_entry");
                    ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException("counting the ledger failed", e);
            }
        });
    }

    @FunctionalInterface
    public interface RowVisitor {
        /** Returns whether to go on. */
        boolean visit(ResultSet row) throws SQLException, IOException;
    }
}
