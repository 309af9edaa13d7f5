package io.modelintake.license.evaluation;

/** Where model cards come from (the Hugging Face Hub in production, recordings in tests, nothing offline). */
@FunctionalInterface
public interface ModelCards {

    /** Never throws for a remote failure: an unreachable source is {@link ModelCardLookup.Unreachable}. */
    ModelCardLookup find(String repoId);

    /** Asks {@code source} for a card; a source that throws or answers nothing counts as unreachable. */
    static ModelCardLookup lookUp(ModelCards source, String repoId) {
        try {
            ModelCardLookup lookup = source.find(repoId);
            return lookup != null ? lookup : new ModelCardLookup.Unreachable(repoId, "no answer");
        } catch (RuntimeException e) {
            return new ModelCardLookup.Unreachable(repoId, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** No card source at all: every lookup is unreachable, so only the request and the catalogue count. */
    static ModelCards none() {
        return repoId -> new ModelCardLookup.Unreachable(repoId, "no model card source configured");
    }
}
