package io.modelintake.license.evaluation;

/** Where model cards come from (the Hugging Face Hub in production, recordings in tests, nothing offline). */
@FunctionalInterface
public interface ModelCards {

    /** Never throws for a remote failure: an unreachable source is {@link ModelCardLookup.Unreachable}. */
    ModelCardLookup find(String repoId);

    /** No card source at all: every lookup is unreachable, so only the request and the catalogue count. */
    static ModelCards none() {
        return repoId -> new ModelCardLookup.Unreachable(repoId, "no model card source configured");
    }
}
