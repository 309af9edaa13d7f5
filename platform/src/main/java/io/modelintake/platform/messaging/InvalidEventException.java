package io.modelintake.platform.messaging;

/**
 * An event that can never be processed: it does not parse, breaks the contract or violates an invariant. It goes
 * to the dead-letter topic at once, with this message as the reason; no retry can mend it.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
