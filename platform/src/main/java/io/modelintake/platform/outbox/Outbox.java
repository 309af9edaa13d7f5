package io.modelintake.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelintake.platform.persistence.JdbcException;
import io.modelintake.platform.persistence.ServiceTables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Writes events into the outbox table; callers must already be inside the transaction of their state change.
 * When that transaction commits, the relay is woken to send the events at once instead of at its next poll.
 *
 * <p>The row goes to JDBC directly, on the connection the transaction already holds: written through Hibernate,
 * each row was an identity insert executed at once with its generated key read back, for a row nobody reads in
 * the transaction.
 */
@ApplicationScoped
public class Outbox {

    /** Marks a transaction whose commit already wakes the relay, so that many events make one wake-up. */
    private static final Object WAKES_RELAY = new Object();

    private final ObjectMapper mapper;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final DataSource dataSource;
    private final String insert;

    public Outbox(ObjectMapper mapper, Clock clock, TransactionSynchronizationRegistry transactions, OutboxRelay relay,
            DataSource dataSource, ServiceTables tables) {
        this.mapper = mapper;
        this.clock = clock;
        this.transactions = transactions;
        this.relay = relay;
        this.dataSource = dataSource;
        this.insert = "insert into " + tables.table("outbox_event")
                + " (event_id, topic, type, message_key, payload, created_at) values (?, ?, ?, ?, ?, ?)";
    }

    /** Writes the event in the caller's transaction and returns its CloudEvent id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String type, UUID requestId, Object payload) {
        UUID eventId = UUID.randomUUID();
        // Inside the transaction the pool hands out the connection enlisted in it; closing it only releases the handle.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(insert)) {
            statement.setObject(1, eventId);
            statement.setString(2, topic);
            statement.setString(3, type);
            statement.setString(4, requestId.toString());
            statement.setString(5, toJson(payload));
            statement.setTimestamp(6, Timestamp.from(Instant.now(clock)));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new JdbcException("writing an outbox row for " + topic, e);
        }
        wakeRelayAfterCommit();
        return eventId;
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKES_RELAY) != null) {
            return;
        }
        transactions.putResource(WAKES_RELAY, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                // A rolled-back transaction left nothing to send; wake() only signals, the relay's thread sends.
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }

    private String toJson(Object payload) {
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload cannot be serialised: " + payload.getClass(), e);
        }
    }
}
