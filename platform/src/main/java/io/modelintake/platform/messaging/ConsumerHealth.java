package io.modelintake.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * A consumer that has retried a transient failure for longer than {@code modelintake.consumer.unhealthy-after}
 * makes the service not ready: it is alive and resumes by itself (a restart would not help), but it is not keeping
 * up. The connector's own check of unprocessed-record age is off, because it would close the consumer for good
 * (platform/README.md); this one tells the truth without stopping anything.
 */
@Readiness
@ApplicationScoped
public class ConsumerHealth implements HealthCheck {

    private final ConsumerRetries retries;
    private final PlatformConfig config;
    private final Clock clock;

    public ConsumerHealth(ConsumerRetries retries, PlatformConfig config, Clock clock) {
        this.retries = retries;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public HealthCheckResponse call() {
        Instant now = Instant.now(clock);
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event consumers").up();
        retries.retryingSince().forEach((consumer, since) -> {
            Duration retrying = Duration.between(since, now);
            response.withData(consumer, "retrying a transient failure for " + retrying.toSeconds() + " s");
            if (retrying.compareTo(config.consumer().unhealthyAfter()) > 0) {
                response.down();
            }
        });
        return response.build();
    }
}
