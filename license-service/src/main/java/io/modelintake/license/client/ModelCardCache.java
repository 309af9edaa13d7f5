package io.modelintake.license.client;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.modelintake.license.evaluation.ModelCardLookup;
import io.modelintake.license.evaluation.ModelCards;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Keeps the answers of a model card source (the Hub) for a while: at most {@code maxEntries} repos, a card for
 * {@code foundTtl}, "no such repo" for {@code notFoundTtl}, an unreachable Hub only for {@code unreachableTtl}
 * (short, so an outage heals). Callers asking for the same repo at the same time share one call to the source.
 */
public final class ModelCardCache implements ModelCards {

    private final ModelCards source;
    private final AsyncCache<String, ModelCardLookup> answers;

    public ModelCardCache(ModelCards source, long maxEntries, Duration foundTtl, Duration notFoundTtl,
            Duration unreachableTtl, Ticker ticker) {
        this.source = source;
        this.answers = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfter(Expiry.<String, ModelCardLookup>creating((repoId, answer) ->
                        answer instanceof ModelCardLookup.Found ? foundTtl
                                : answer instanceof ModelCardLookup.NotFound ? notFoundTtl : unreachableTtl))
                .ticker(ticker)
                .buildAsync();
    }

    @Override
    public ModelCardLookup find(String repoId) {
        if (repoId == null) {
            return ModelCards.lookUp(source, null);
        }
        // The first caller puts a pending answer in the cache and asks the source on its own thread (no pool
        // to exhaust, no lock held during the call); the others wait for that answer.
        CompletableFuture<ModelCardLookup> mine = new CompletableFuture<>();
        CompletableFuture<ModelCardLookup> answer = answers.get(repoId, (key, executor) -> mine);
        if (answer == mine) {
            mine.complete(ModelCards.lookUp(source, repoId));
        }
        return answer.join();
    }
}
