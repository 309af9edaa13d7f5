package io.modelintake.platform.inbox;

import io.modelintake.platform.persistence.JdbcException;
import io.modelintake.platform.persistence.ServiceTables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Remembers which events a consumer handled, in the same transaction as what the handling changed.
 *
 * <p>A whole batch is checked and remembered in one statement, on JDBC directly: as a Hibernate native statement
 * per event it also flushed the session before each one.
 */
@ApplicationScoped
public class Inbox {

    private final DataSource dataSource;
    private final Clock clock;
    private final String insert;

    public Inbox(DataSource dataSource, Clock clock, ServiceTables tables) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.insert = "insert into " + tables.table("processed_event") + " (event_id, consumer, processed_at)"
                + " select distinct unnest(?::varchar[]), ?::varchar, ?::timestamptz on conflict do nothing returning event_id";
    }

    /** Of {@code eventIds}, those this consumer sees for the first time; all of them are remembered from now on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> firstDeliveries(Collection<String> eventIds, String consumer) {
        Set<String> first = new HashSet<>();
        // Inside the transaction the pool hands out the connection enlisted in it; closing it only releases the handle.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(insert)) {
            statement.setArray(1, connection.createArrayOf("varchar", eventIds.toArray()));
            statement.setString(2, consumer);
            statement.setTimestamp(3, Timestamp.from(Instant.now(clock)));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    first.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new JdbcException("recording processed events of " + consumer, e);
        }
        return first;
    }
}
