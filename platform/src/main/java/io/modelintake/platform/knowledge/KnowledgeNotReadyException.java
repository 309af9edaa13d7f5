package io.modelintake.platform.knowledge;

/** The knowledge is not loaded yet: a service that just started is still seeding it. Transient: retrying heals it. */
public class KnowledgeNotReadyException extends IllegalStateException {

    public KnowledgeNotReadyException(String message) {
        super(message);
    }
}
