package io.modelintake.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

class PostgresServerTests {

    @Test
    void aCreatedDatabaseAcceptsQueries() throws Exception {
        PostgresServer postgres = PostgresServer.shared();
        String url = postgres.createDatabase("self_test");

        try (Connection connection = DriverManager.getConnection(url, postgres.username(), postgres.password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS intake");
            try (ResultSet result = statement.executeQuery("SELECT current_database(), version()")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getString(1)).isEqualTo("self_test");
                assertThat(result.getString(2)).startsWith("PostgreSQL 17");
            }
        }
    }

    @Test
    void creatingADatabaseTwiceIsHarmless() {
        PostgresServer postgres = PostgresServer.shared();

        assertThat(postgres.createDatabase("twice")).isEqualTo(postgres.createDatabase("twice"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:" + postgres.port() + "/twice");
    }
}
