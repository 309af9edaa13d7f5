package io.modelintake.license.client;

import com.github.benmanes.caffeine.cache.Ticker;
import io.modelintake.license.evaluation.ModelCard;
import io.modelintake.license.evaluation.ModelCardLookup;
import io.modelintake.license.evaluation.ModelCards;
import java.time.Duration;
import java.util.List;

/**
 * Keeps the answers of a model card source (the Hub) for a while: at most {@code maxEntries} repos, a card for
 * {@code foundTtl}, "no such repo" for {@code notFoundTtl}, an unreachable Hub only for {@code unreachableTtl}
 * (short, so an outage heals). Callers asking for the same repo at the same time share one call to the source.
 */
public final class ModelCardCache implements ModelCards {

    private final ModelCards source;
    private final AnswerCache<String, ModelCardLookup> answers;

    public ModelCardCache(ModelCards source, long maxEntries, Duration foundTtl, Duration notFoundTtl,
            Duration unreachableTtl, Ticker ticker) {
        this.source = source;
        this.answers = new AnswerCache<>(maxEntries, answer -> answer instanceof ModelCardLookup.Found ? foundTtl
                : answer instanceof ModelCardLookup.NotFound ? notFoundTtl : unreachableTtl, ticker);
    }

    @Override
    public ModelCardLookup find(String repoId) {
        if (repoId == null) {
            return ModelCards.lookUp(source, null);
        }
        return answers.get(repoId, key -> ModelCards.lookUp(source, key));
    }

    /** The cards held now: the models requests rested on lately. */
    public List<ModelCard> heldCards() {
        return answers.held().values().stream().filter(ModelCardLookup.Found.class::isInstance)
                .map(found -> ((ModelCardLookup.Found) found).card()).toList();
    }

    /** Asks the source again, past the cache; the cache keeps its answer until {@link #replace}. */
    public ModelCardLookup reread(String repoId) {
        return ModelCards.lookUp(source, repoId);
    }

    public void replace(ModelCard card) {
        answers.put(card.repoId(), new ModelCardLookup.Found(card));
    }
}
