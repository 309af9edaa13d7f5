package io.modelintake.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Which consumers are retrying a transient failure, and since when; counts every retry. */
@ApplicationScoped
public class ConsumerRetries {

    private final Map<String, Instant> retryingSince = new ConcurrentHashMap<>();
    private final MeterRegistry registry;
    private final Clock clock;

    public ConsumerRetries(MeterRegistry registry, Clock clock) {
        this.registry = registry;
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

    /** The consumers retrying right now, with the time of their first retry. */
    public Map<String, Instant> retryingSince() {
        return Map.copyOf(retryingSince);
    }
}
