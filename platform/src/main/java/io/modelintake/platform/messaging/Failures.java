package io.modelintake.platform.messaging;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure that may go away by itself (a pool, database, broker or third party that is busy, down or slow)
 * from one that never will (a payload that does not parse, breaks the contract or an invariant). Consumers retry
 * the first kind until it succeeds and dead-letter only the second (DESIGN.md, Reliability rules).
 */
public final class Failures {

    /** Exception types, by name so that optional libraries need not be on the class path, that never heal by retrying. */
    private static final Set<String> PERMANENT_TYPES = Set.of(
            "com.fasterxml.jackson.core.JsonProcessingException",
            "jakarta.validation.ConstraintViolationException",
            "io.modelintake.platform.messaging.InvalidEventException");

    /** Exception types, by name, whose presence in the cause chain means the work may succeed later. */
    private static final Set<String> TRANSIENT_TYPES = Set.of(
            "org.hibernate.exception.JDBCConnectionException",
            "org.hibernate.exception.LockAcquisitionException",
            "org.hibernate.PessimisticLockException",
            "org.hibernate.QueryTimeoutException",
            "jakarta.persistence.LockTimeoutException",
            "jakarta.persistence.PessimisticLockException",
            "jakarta.persistence.QueryTimeoutException",
            "jakarta.transaction.RollbackException",
            "jakarta.ws.rs.ProcessingException",
            "org.apache.kafka.common.errors.RetriableException",
            "org.apache.kafka.common.errors.TimeoutException",
            "org.apache.kafka.common.errors.DisconnectException",
            "org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException",
            "org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException",
            "org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException",
            "java.util.concurrent.TimeoutException",
            "io.modelintake.platform.knowledge.KnowledgeNotReadyException");

    private Failures() {
    }

    /** True when retrying may succeed; false for a failure no retry can mend, or one this class does not know. */
    public static boolean isTransient(Throwable failure) {
        boolean transientCause = false;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (isA(t, PERMANENT_TYPES) || isRefusedData(t)) {
                return false;
            }
            transientCause |= isTransientItself(t);
        }
        return transientCause;
    }

    /** True when the failure is known never to heal: the event does not parse, breaks the contract or an invariant. */
    public static boolean isPermanent(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (isA(t, PERMANENT_TYPES)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransientItself(Throwable t) {
        if (t instanceof SQLTransientException || t instanceof SQLRecoverableException || t instanceof IOException) {
            return true;
        }
        if (t instanceof SQLException sql && (isTransientSqlState(sql.getSQLState()) || isPoolExhausted(sql))) {
            return true;
        }
        return isA(t, TRANSIENT_TYPES);
    }

    /**
     * PostgreSQL's SQLSTATE classes that describe the server or the connection, not the data: 08 connection,
     * 40 transaction rollback (serialization failure, deadlock), 53 insufficient resources (too many connections),
     * 55P03 lock not available, 57014 statement timeout, 57P0x server shutting down or starting, 58 system I/O.
     */
    static boolean isTransientSqlState(String state) {
        if (state == null || state.length() != 5) {
            return false;
        }
        String cls = state.substring(0, 2);
        return cls.equals("08") || cls.equals("40") || cls.equals("53") || cls.equals("58")
                || state.equals("55P03") || state.equals("57014") || state.startsWith("57P");
    }

    /**
     * The database refused the data itself (a constraint, a value it cannot store): no retry changes that, even
     * when it surfaces at commit wrapped in a transaction rollback, which alone would look transient.
     */
    private static boolean isRefusedData(Throwable t) {
        return t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() == 5
                && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"));
    }

    /** Agroal reports an exhausted pool as a plain SQLException without a state. */
    private static boolean isPoolExhausted(SQLException e) {
        return e.getSQLState() == null && e.getMessage() != null && e.getMessage().contains("acquisition timeout");
    }

    private static boolean isA(Throwable t, Set<String> typeNames) {
        for (Class<?> c = t.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            if (typeNames.contains(c.getName())) {
                return true;
            }
        }
        return false;
    }
}
