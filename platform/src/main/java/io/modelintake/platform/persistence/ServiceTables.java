package io.modelintake.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Names the platform's tables in the service's own schema, for the statements on the event path that go to JDBC
 * directly: the outbox, the inbox and the relay run once or more per event, and Hibernate's per-entity work
 * (identity inserts, auto-flush before native statements) was most of their cost under load.
 */
@ApplicationScoped
public class ServiceTables {

    private final String prefix;

    public ServiceTables(@ConfigProperty(name = "quarkus.flyway.default-schema") Optional<String> schema) {
        this.prefix = schema.map(name -> name + ".").orElse("");
    }

    /** {@code name} qualified by the service's schema. */
    public String table(String name) {
        return prefix + name;
    }
}
