package io.modelintake.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import jakarta.persistence.PersistenceException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** Which failures a consumer retries until they heal, and which it dead-letters: one row per failure seen in the field. */
class FailuresTests {

    static Stream<Arguments> failures() {
        return Stream.of(
                // the pool exhausted under a burst (Agroal's message, as logged by approval-service in issue 13)
                row("pool acquisition timeout", wrapped(new SQLException("Sorry, acquisition timeout!")), true),
                row("database unreachable", wrapped(new PSQLException("Connection refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT)), true),
                row("connection lost mid-statement", new JDBCConnectionException("I/O error", new SQLException("An I/O error occurred", "08006")), true),
                row("serialization failure", wrapped(new SQLException("could not serialize access", "40001")), true),
                row("deadlock", wrapped(new SQLException("deadlock detected", "40P01")), true),
                row("too many connections", wrapped(new SQLException("too many clients already", "53300")), true),
                row("lock timeout", wrapped(new SQLException("canceling statement due to lock timeout", "55P03")), true),
                row("statement timeout", wrapped(new SQLException("canceling statement due to statement timeout", "57014")), true),
                row("server shutting down", wrapped(new SQLException("terminating connection due to administrator command", "57P01")), true),
                row("transient connection", new SQLTransientConnectionException("pool closed"), true),
                row("Hub time-out", new UncheckedIOException(new SocketTimeoutException("Read timed out")), true),
                row("Hub refused", new RuntimeException(new ConnectException("Connection refused")), true),
                row("broker time-out", new RuntimeException(new org.apache.kafka.common.errors.TimeoutException("Expiring 3 record(s)")), true),
                row("broker gone", new org.apache.kafka.common.errors.NetworkException("disconnected"), true),
                // a service restarted under load consumes before its start-up has loaded the knowledge (issue 13's fault test)
                row("knowledge still loading", new io.modelintake.platform.knowledge.KnowledgeNotReadyException("not loaded yet"), true),
                row("transaction timed out", new RuntimeException(new jakarta.transaction.RollbackException("ARJUNA016102")), true),
                // never heals
                row("payload is not JSON", new IllegalArgumentException("bad payload", new JsonParseException(null, "Unexpected character")), false),
                row("invalid event", new InvalidEventException("request id missing"), false),
                row("unique violation in the data", wrapped(new SQLException("duplicate key", "23505")), false),
                row("value too long", wrapped(new SQLException("value too long for type character varying(255)", "22001")), false),
                row("NUL in text", wrapped(new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021")), false),
                // flushed at commit: the rollback wraps the refusal, and the refusal decides
                row("NUL in text at commit", atCommit(wrapped(new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021"))), false),
                row("unique violation at commit", atCommit(wrapped(new SQLException("duplicate key", "23505"))), false),
                row("a bug", new NullPointerException("conditions"), false),
                row("invariant", new IllegalStateException("request already decided"), false),
                // a JSON error is an IOException too, but no retry makes it parse
                row("JSON error inside an I/O chain", new UncheckedIOException(new JsonParseException(null, "Unexpected EOF")), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void classifiesFailure(String name, Throwable failure, boolean retry) {
        assertThat(Failures.isTransient(failure)).as(name).isEqualTo(retry);
    }

    /** What goes to the dead-letter topic at once, without the attempts a failure of unknown kind gets. */
    static Stream<Arguments> permanentFailures() {
        return Stream.of(
                row("payload is not JSON", new IllegalArgumentException("bad payload", new JsonParseException(null, "Unexpected character")), true),
                row("invalid event", new InvalidEventException("request id missing"), true),
                row("invalid event wrapped by the transaction", new RuntimeException(new InvalidEventException("no request id")), true),
                row("a bug may be fixed by a redeploy: tried a few times", new NullPointerException("conditions"), false),
                row("pool acquisition timeout", wrapped(new SQLException("Sorry, acquisition timeout!")), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("permanentFailures")
    void knowsWhatNeverHeals(String name, Throwable failure, boolean permanent) {
        assertThat(Failures.isPermanent(failure)).as(name).isEqualTo(permanent);
    }

    /** As a flush at commit fails: Narayana's rollback around Hibernate's exception. */
    private static Throwable atCommit(Throwable cause) {
        return new RuntimeException(new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction.").initCause(cause));
    }

    private static Arguments row(String name, Throwable failure, boolean retry) {
        return Arguments.of(name, failure, retry);
    }

    /** As Hibernate reports a JDBC failure to the caller. */
    private static Throwable wrapped(SQLException cause) {
        return new PersistenceException("could not execute statement", cause);
    }
}
