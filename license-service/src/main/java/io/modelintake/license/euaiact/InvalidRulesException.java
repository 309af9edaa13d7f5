package io.modelintake.license.euaiact;

/** The EU AI Act rules file breaks a rule of its own format; the message names the file and the entry. */
public class InvalidRulesException extends RuntimeException {

    public InvalidRulesException(String message) {
        super(message);
    }

    public InvalidRulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
