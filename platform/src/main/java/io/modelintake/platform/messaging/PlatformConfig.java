package io.modelintake.platform.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** What every service configures the same way. */
@ConfigMapping(prefix = "modelintake")
public interface PlatformConfig {

    /** The CloudEvents {@code source} of the events this service emits, e.g. {@code urn:modelintake:intake-service}. */
    String eventSource();

    /** The actor name this service signs its decision records with. */
    String serviceName();

    /**
     * The properties holding secrets this service may not run without outside the local, dev and test profiles
     * (checked at start-up by {@code SecretsGuard}).
     */
    @WithDefault("quarkus.datasource.username,quarkus.datasource.password")
    List<String> requiredSecrets();

    /** How often a service with curated knowledge looks for entries curated on another replica. */
    @WithDefault("5s")
    Duration knowledgeRefresh();

    Outbox outbox();

    Consumer consumer();

    interface Outbox {
        /** How many outbox rows one relay transaction sends. */
        @WithDefault("100")
        int batchSize();

        /** How long the relay waits for the broker to acknowledge one event. */
        @WithDefault("10s")
        Duration sendTimeout();
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
    }
}
