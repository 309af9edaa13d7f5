package io.modelintake.platform.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Properties;

/**
 * How this service's own Kafka clients (the producer, the dead-letter reader) reach the event bus: the broker
 * addresses and this service's login (security protocol, SASL mechanism and JAAS config), taken from the same
 * {@code kafka.*} configuration SmallRye's channels use, so every client of the service is the same bus user.
 */
@ApplicationScoped
public class BusConnection {

    private final Properties properties = new Properties();

    public BusConnection(@Identifier("default-kafka-broker") Map<String, Object> kafka) {
        kafka.forEach((key, value) -> {
            if (key.equals("bootstrap.servers") || key.equals("security.protocol") || key.startsWith("sasl.")) {
                properties.put(key, value);
            }
        });
    }

    /** A fresh copy for one client to add its own settings to. */
    public Properties properties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }
}
