package io.modelintake.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * {@code @QuarkusTestResource(KafkaTestResource.class)}: the JVM's real Kafka broker ({@link KafkaBroker#shared()}).
 * Shared by every test class of the module; stopped when the JVM exits.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "kafka.bootstrap.servers", KafkaBroker.shared().bootstrapServers(),
                "quarkus.kafka.devservices.enabled", "false",
                "quarkus.log.category.\"org.apache.kafka\".level", "WARN",
                "quarkus.log.category.\"kafka\".level", "WARN");
    }

    @Override
    public void stop() {
        // Shared across test classes: the JVM's shutdown hook stops the broker.
    }
}
