package io.modelintake.license.knowledge;

/** Knowledge that cannot be loaded; the message names the file and the entry at fault. */
public class KnowledgeException extends RuntimeException {

    public KnowledgeException(String message) {
        super(message);
    }

    public KnowledgeException(String message, Throwable cause) {
        super(message, cause);
    }
}
