package io.modelintake.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Which consumers are retrying a transient failure, and since when. A consumer that has retried for longer than
 * {@code modelintake.consumer.unhealthy-after} makes the service not ready: it is alive and will resume by itself
 * (so no restart), but it is not keeping up, and saying so is the truth the connector's own check cannot tell
 * (its unprocessed-record age check is off, see platform's README, because it would stop the consumer for good).
 */
@Readiness
@ApplicationScoped
public class ConsumerRetries implements HealthCheck {

    private final Map<String, Instant> retryingSince = new ConcurrentHashMap<>();
    private final MeterRegistry registry;
    private final PlatformConfig config;
    private final Clock clock;

    public ConsumerRetries(MeterRegistry registry, PlatformConfig config, Clock clock) {
        this.registry = registry;
        this.config = config;
        this.clock = clock;
    }

    /** One more retry of a transient failure by {@code consumer}. */
    void retrying(String consumer) {
        retryingSince.putIfAbsent(consumer, Instant.now(clock));
        registry.counter("modelintake.consumer.retries", "consumer", consumer).increment();
    }

    /** {@code consumer} got past whatever it was retrying. */
    void recovered(String consumer) {
        retryingSince.remove(consumer);
    }

    @Override
    public HealthCheckResponse call() {
        Instant now = Instant.now(clock);
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event consumers").up();
        retryingSince.forEach((consumer, since) -> {
            Duration retrying = Duration.between(since, now);
            response.withData(consumer, "retrying a transient failure for " + retrying.toSeconds() + " s");
            if (retrying.compareTo(config.consumer().unhealthyAfter()) > 0) {
                response.down();
            }
        });
        return response.build();
    }
}
