package io.modelintake.license.client;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Keeps a remote source's answers (the Hub's cards, CivitAI's models, GitHub's licences) for a while: at most
 * {@code maxEntries} keys, each answer for the time-to-live {@code ttl} gives its kind (long for a found answer,
 * shorter for "no such thing", short for "unreachable" so an outage heals). Callers asking for the same key at the
 * same time share one call to the source.
 */
public final class AnswerCache<K, A> {

    private final AsyncCache<K, A> answers;

    public AnswerCache(long maxEntries, Function<A, Duration> ttl, Ticker ticker) {
        this.answers = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfter(Expiry.<K, A>creating((key, answer) -> ttl.apply(answer)))
                .ticker(ticker)
                .buildAsync();
    }

    /** The cached answer for {@code key}, else {@code ask}'s (which must not throw), asked once for concurrent callers. */
    public A get(K key, Function<K, A> ask) {
        // The first caller puts a pending answer in the cache and asks the source on its own thread (no pool to
        // exhaust, no lock held during the call); the others wait for that answer.
        CompletableFuture<A> mine = new CompletableFuture<>();
        CompletableFuture<A> answer = answers.get(key, (k, executor) -> mine);
        if (answer == mine) {
            mine.complete(ask.apply(key));
        }
        return answer.join();
    }

    /** The answers held now (those still being asked for left out), for a periodic re-read. */
    public Map<K, A> held() {
        Map<K, A> held = new LinkedHashMap<>();
        answers.asMap().forEach((key, answer) -> {
            if (answer.isDone() && !answer.isCompletedExceptionally()) {
                held.put(key, answer.join());
            }
        });
        return held;
    }

    /** Replaces the answer for {@code key}, e.g. with a newer one read outside {@link #get}. */
    public void put(K key, A answer) {
        answers.put(key, CompletableFuture.completedFuture(answer));
    }
}
