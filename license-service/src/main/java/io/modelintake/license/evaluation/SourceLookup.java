package io.modelintake.license.evaluation;

import io.modelintake.contracts.SourceRef;

/**
 * What asking a model's source (CivitAI, GitHub) gave: its facts, no such model there, or no answer. Like
 * {@link ModelCardLookup}, an answer rather than an exception, asked before the evaluation and handed to it.
 */
public sealed interface SourceLookup {

    SourceRef ref();

    record Found(SourceRef ref, SourceFacts facts) implements SourceLookup {
    }

    record NotFound(SourceRef ref, String reason) implements SourceLookup {
    }

    record Unreachable(SourceRef ref, String reason) implements SourceLookup {
    }
}
