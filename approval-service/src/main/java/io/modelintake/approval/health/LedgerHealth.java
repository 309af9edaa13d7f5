package io.modelintake.approval.health;

import io.modelintake.approval.audit.LedgerDeadLetters;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * {@code audit-ledger}: DOWN while a dead-lettered decision record is missing from the ledger. In the health group
 * {@code ledger} ({@code /q/health/group/ledger}) only, never in readiness or liveness: a missing record needs a
 * person to fix and replay it, and restarting the pod or taking it out of service would not bring it back.
 */
@HealthGroup("ledger")
@ApplicationScoped
public class LedgerHealth implements HealthCheck {

    private final LedgerDeadLetters deadLetters;

    public LedgerHealth(LedgerDeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("audit-ledger");
        try {
            long unresolved = deadLetters.unresolved();
            response.status(unresolved == 0).withData("unresolvedDeadLetters", unresolved);
            if (unresolved > 0) {
                deadLetters.oldestUnresolved().ifPresent(oldest -> response.withData("oldest", oldest));
            }
        } catch (RuntimeException e) {
            response.down().withData("error", e.getMessage());
        }
        return response.build();
    }
}
