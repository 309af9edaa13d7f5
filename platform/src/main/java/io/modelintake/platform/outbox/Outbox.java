package io.modelintake.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes events into the outbox table; callers must already be inside the transaction of their state change.
 * When that transaction commits, the relay is woken to send the events at once instead of at its next poll.
 */
@ApplicationScoped
public class Outbox {

    /** Marks a transaction whose commit already wakes the relay, so that many events make one wake-up. */
    private static final Object WAKES_RELAY = new Object();

    private final ObjectMapper mapper;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    public Outbox(ObjectMapper mapper, Clock clock, TransactionSynchronizationRegistry transactions, OutboxRelay relay) {
        this.mapper = mapper;
        this.clock = clock;
        this.transactions = transactions;
        this.relay = relay;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent publish(String topic, String type, UUID requestId, Object payload) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.topic = topic;
        event.type = type;
        event.key = requestId.toString();
        event.payload = toJson(payload);
        event.createdAt = Instant.now(clock);
        event.persist();
        wakeRelayAfterCommit();
        return event;
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
