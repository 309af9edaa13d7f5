package io.modelintake.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** Remembers which events a consumer handled, in the same transaction as what the handling changed. */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;
    private final Clock clock;

    public Inbox(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** True the first time this consumer sees the event; false for every redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String eventId, String consumer) {
        int inserted = entityManager.createNativeQuery(
                        "insert into {h-schema}processed_event (event_id, consumer, processed_at) values (:id, :consumer, :at)"
                                + " on conflict do nothing")
                .setParameter("id", eventId)
                .setParameter("consumer", consumer)
                .setParameter("at", Instant.now(clock))
                .executeUpdate();
        return inserted == 1;
    }
}
