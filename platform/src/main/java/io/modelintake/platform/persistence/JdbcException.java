package io.modelintake.platform.persistence;

import java.sql.SQLException;

/** A statement of the event path failed; the {@link SQLException} stays the cause, so its SQL state still tells transient from permanent. */
public class JdbcException extends RuntimeException {

    public JdbcException(String what, SQLException cause) {
        super(what + " failed: " + cause.getMessage(), cause);
    }
}
