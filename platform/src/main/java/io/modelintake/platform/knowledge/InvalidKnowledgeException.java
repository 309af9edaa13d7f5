package io.modelintake.platform.knowledge;

/** Knowledge that must not be used: the message names the file (or stored entry) and the entry at fault. */
public class InvalidKnowledgeException extends RuntimeException {

    public InvalidKnowledgeException(String message) {
        super(message);
    }

    public InvalidKnowledgeException(String message, Throwable cause) {
        super(message, cause);
    }
}
