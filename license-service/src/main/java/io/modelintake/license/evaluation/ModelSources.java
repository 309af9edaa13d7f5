package io.modelintake.license.evaluation;

import io.modelintake.contracts.SourceRef;

/** Where the facts of a model named at a source other than the Hub come from (CivitAI, GitHub; stubs in tests). */
@FunctionalInterface
public interface ModelSources {

    /** Never throws for a remote failure: an unreachable source is {@link SourceLookup.Unreachable}. */
    SourceLookup find(SourceRef ref);

    /** Asks {@code sources}; one that throws or answers nothing counts as unreachable. */
    static SourceLookup lookUp(ModelSources sources, SourceRef ref) {
        try {
            SourceLookup lookup = sources.find(ref);
            return lookup != null ? lookup : new SourceLookup.Unreachable(ref, "no answer");
        } catch (RuntimeException e) {
            return new SourceLookup.Unreachable(ref, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** No source configured: every reference is unreachable, so only the request and the catalogue count. */
    static ModelSources none() {
        return ref -> new SourceLookup.Unreachable(ref, "no client configured for " + ref.id());
    }
}
