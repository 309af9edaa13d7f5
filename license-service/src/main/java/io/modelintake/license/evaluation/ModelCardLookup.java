package io.modelintake.license.evaluation;

/** What asking for a model card gave: the card, no such model, or no answer. */
public sealed interface ModelCardLookup {

    String repoId();

    record Found(ModelCard card) implements ModelCardLookup {
        @Override
        public String repoId() {
            return card.repoId();
        }
    }

    record NotFound(String repoId, String reason) implements ModelCardLookup {
    }

    record Unreachable(String repoId, String reason) implements ModelCardLookup {
    }
}
