package io.modelintake.platform.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What every service configures the same way. */
@ConfigMapping(prefix = "modelintake")
public interface PlatformConfig {

    /** The CloudEvents {@code source} of the events this service emits, e.g. {@code urn:modelintake:intake-service}. */
    String eventSource();

    /** The actor name this service signs its decision records with. */
    String serviceName();

    /**
     * The properties holding secrets this service may not run without outside the local, dev and test profiles
     * (checked while the configuration is built, before anything starts, by {@code SecretsGuard}); platform's
     * {@code microprofile-config.properties} lists the ones every service has, which is where the guard reads them.
     */
    List<String> requiredSecrets();

    /** How often a service with curated knowledge looks for entries curated on another replica. */
    @WithDefault("5s")
    Duration knowledgeRefresh();

    Bus bus();

    Outbox outbox();

    Consumer consumer();

    Retention retention();

    /**
     * This service's login on the event bus, put into {@code kafka.sasl.jaas.config} (SASL/SCRAM-SHA-512) for every
     * Kafka client of the service; the brokers grant the user what {@code event-bus.yaml} says.
     */
    interface Bus {
        /** The bus user: the service's name, as {@code event-bus.yaml} names it. */
        String username();

        /** Its password; required outside the local, dev and test profiles, which use {@code <service>-local-pw}. */
        Optional<String> password();
    }

    interface Outbox {
        /** How many outbox rows one relay transaction sends. */
        @WithDefault("500")
        int batchSize();

        /** How long the relay waits for the broker to acknowledge a batch. */
        @WithDefault("10s")
        Duration sendTimeout();

        /**
         * How often the relay looks for unsent rows without being woken: the safety net for a wake-up lost to a
         * crash or a send that failed. A commit wakes the relay at once.
         */
        @WithDefault("2s")
        String pollInterval();
    }

    interface Consumer {
        /**
         * How often an event that fails for a reason not known to be transient is tried before it goes to the
         * dead-letter topic. A transient failure (see {@link Failures}) is retried until it succeeds.
         */
        @WithDefault("3")
        int attempts();

        /** The first pause after a failure; doubled with every further attempt. */
        @WithDefault("200ms")
        Duration backoff();

        /** The longest pause between two attempts. */
        @WithDefault("30s")
        Duration maxBackoff();

        /** How long a consumer may retry a transient failure before the service reports itself not ready. */
        @WithDefault("60s")
        Duration unhealthyAfter();
    }

    /**
     * How long rows that only guard against a redelivery are kept. A processed-event row must outlive every
     * redelivery of its event: Kafka redelivers after a crash or rebalance within minutes, and a dead letter is
     * replayed by hand within days, so two weeks is ample.
     */
    interface Retention {
        /** How long a sent outbox row is kept after it was sent (for an operator to see what left). */
        @WithDefault("P7D")
        Duration outbox();

        /** How long a processed-event row is kept after its event was processed. */
        @WithDefault("P14D")
        Duration inbox();

        /** How many rows one purge transaction deletes, so that no purge holds many locks or runs long. */
        @WithDefault("1000")
        int batchSize();

        /** How often the purge runs. */
        @WithDefault("10m")
        String every();
    }
}
