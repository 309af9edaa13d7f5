package io.modelintake.license.knowledge;

import io.modelintake.platform.knowledge.InvalidKnowledgeException;

/** Knowledge that cannot be loaded; the message names the file and the entry at fault. */
public class KnowledgeException extends InvalidKnowledgeException {

    public KnowledgeException(String message) {
        super(message);
    }

    public KnowledgeException(String message, Throwable cause) {
        super(message, cause);
    }
}
