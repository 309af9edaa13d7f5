package io.modelintake.approval.config;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * approval-service's clock: the system's UTC clock plus an offset that only a test moves (API: PUT /api/admin/clock,
 * with {@code approval.expiry.adjustable-clock}). It replaces platform's clock in this service, so the decisions,
 * their records, the outbox and the expiry sweep all see the same moved time; tokens are still checked against the
 * real time. The prod profile refuses to start with an adjustable clock.
 */
@Alternative
@Priority(1)
@Singleton
public class AdjustableClock extends Clock {

    private final Clock system = Clock.systemUTC();
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final boolean adjustable;

    public AdjustableClock(ExpiryConfig config) {
        this.adjustable = config.adjustableClock();
    }

    void refuseInProduction(@Observes StartupEvent started) {
        if (adjustable && ConfigUtils.getProfiles().contains("prod")) {
            throw new IllegalStateException("approval.expiry.adjustable-clock=true is for tests only; the prod profile "
                    + "refuses it: remove the setting");
        }
    }

    public boolean isAdjustable() {
        return adjustable;
    }

    public Duration offset() {
        return offset.get();
    }

    /** Moves the clock to the system time plus {@code newOffset}; refused unless the clock is adjustable. */
    public void shift(Duration newOffset) {
        if (!adjustable) {
            throw new IllegalStateException("the clock is not adjustable");
        }
        offset.set(newOffset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(system.withZone(zone), offset.get());
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset.get());
    }
}
