package io.modelintake.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * {@code @QuarkusTestResource(PostgresTestResource.class)}: the JVM's real PostgreSQL
 * ({@link PostgresServer#shared()}) and a database in it, {@code modelintake} unless the init argument
 * {@code database} names another. Shared by every test class of the module; stopped when the JVM exits.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE_ARG = "database";
    private String database = "modelintake";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(DATABASE_ARG, database);
    }

    @Override
    public Map<String, String> start() {
        PostgresServer postgres = PostgresServer.shared();
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.createDatabase(database),
                "quarkus.datasource.username", PostgresServer.APP_USERNAME,
                "quarkus.datasource.password", PostgresServer.APP_PASSWORD,
                "quarkus.datasource.devservices.enabled", "false");
    }

    @Override
    public void stop() {
        // Shared across test classes: the JVM's shutdown hook stops the server.
    }
}
