package io.modelintake.approval.policy;

/** The policy file breaks a load-time rule; the message names the file and the offending rule. */
public class InvalidPolicyException extends RuntimeException {

    public InvalidPolicyException(String message) {
        super(message);
    }

    public InvalidPolicyException(String message, Throwable cause) {
        super(message, cause);
    }
}
