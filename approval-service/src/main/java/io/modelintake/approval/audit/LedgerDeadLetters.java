package io.modelintake.approval.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The unresolved dead letters of the ledger, read through the ledger's own datasource. */
@ApplicationScoped
public class LedgerDeadLetters {

    private final AgroalDataSource dataSource;
    private final String schema;

    public LedgerDeadLetters(@DataSource("ledger") AgroalDataSource dataSource,
            @ConfigProperty(name = "quarkus.hibernate-orm.database.default-schema") String schema) {
        this.dataSource = dataSource;
        this.schema = schema;
    }

    /** How many dead-lettered decision records are not in the ledger yet. */
    public long unresolved() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select count(*) from " + schema + ".ledger_dead_letter where resolved_at is null");
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the ledger's dead letters failed: " + e.getMessage(), e);
        }
    }

    /** The oldest unresolved dead letter as {@code topic/partition/offset: reason}, for an operator to start with. */
    public Optional<String> oldestUnresolved() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select topic, kafka_partition, kafka_offset, reason from "
                        + schema + ".ledger_dead_letter where resolved_at is null order by at, id limit 1");
                ResultSet rows = select.executeQuery()) {
            return rows.next()
                    ? Optional.of(rows.getString(1) + "/" + rows.getInt(2) + "/" + rows.getLong(3) + ": " + rows.getString(4))
                    : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("reading the ledger's dead letters failed: " + e.getMessage(), e);
        }
    }
}
