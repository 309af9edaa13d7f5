package io.modelintake.dataset.knowledge;

import io.modelintake.platform.knowledge.InvalidKnowledgeException;

/** Knowledge that must not be used: names the file (or other origin) and the entry at fault. */
public class KnowledgeValidationException extends InvalidKnowledgeException {

    private final String origin;
    private final String entry;

    public KnowledgeValidationException(String origin, String entry, String problem) {
        super(origin + ": entry '" + entry + "': " + problem);
        this.origin = origin;
        this.entry = entry;
    }

    public KnowledgeValidationException(String origin, String entry, String problem, Throwable cause) {
        super(origin + ": entry '" + entry + "': " + problem, cause);
        this.origin = origin;
        this.entry = entry;
    }

    public String origin() {
        return origin;
    }

    public String entry() {
        return entry;
    }
}
