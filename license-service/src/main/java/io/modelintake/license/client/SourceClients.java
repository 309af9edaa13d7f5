package io.modelintake.license.client;

import com.github.benmanes.caffeine.cache.Ticker;
import io.modelintake.contracts.SourceRef;
import io.modelintake.license.evaluation.CivitaiModel;
import io.modelintake.license.evaluation.ModelSources;
import io.modelintake.license.evaluation.SourceLookup;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The model sources beyond the Hub, each behind its own cache: CivitAI for {@link SourceRef.Civitai}, GitHub for
 * {@link SourceRef.Github}, Kaggle for {@link SourceRef.Kaggle}; framework hubs have no API and are answered from the knowledge in the evaluation. A cached answer lives {@code foundTtl}, {@code notFoundTtl} or {@code unreachableTtl}
 * by its kind, like the Hub's cards.
 */
public final class SourceClients implements ModelSources {

    /** How long each kind of answer of one source is kept, and how many. */
    public record CachePolicy(long maxEntries, Duration foundTtl, Duration notFoundTtl, Duration unreachableTtl) {
        AnswerCache<SourceRef, SourceLookup> cache(Ticker ticker) {
            return new AnswerCache<>(maxEntries, answer -> answer instanceof SourceLookup.Found ? foundTtl
                    : answer instanceof SourceLookup.NotFound ? notFoundTtl : unreachableTtl, ticker);
        }
    }

    /** One source's client and the policy of its cache. */
    public record Source(ModelSources client, CachePolicy cache) {
    }

    private final ModelSources civitai;
    private final ModelSources github;
    private final ModelSources kaggle;
    private final AnswerCache<SourceRef, SourceLookup> civitaiAnswers;
    private final AnswerCache<SourceRef, SourceLookup> githubAnswers;
    private final AnswerCache<SourceRef, SourceLookup> kaggleAnswers;

    public SourceClients(Source civitai, Source github, Source kaggle, Ticker ticker) {
        this.civitai = civitai.client();
        this.github = github.client();
        this.kaggle = kaggle.client();
        this.civitaiAnswers = civitai.cache().cache(ticker);
        this.githubAnswers = github.cache().cache(ticker);
        this.kaggleAnswers = kaggle.cache().cache(ticker);
    }

    @Override
    public SourceLookup find(SourceRef ref) {
        if (ref instanceof SourceRef.FrameworkWeights) {
            // a framework hub has no API to ask; the evaluation reads what is known of it in the knowledge
            return new SourceLookup.NotFound(ref, "no API: answered from knowledge/sources/framework-weights.yaml");
        }
        if (ref instanceof SourceRef.Civitai) {
            return civitaiAnswers.get(ref, key -> ModelSources.lookUp(civitai, key));
        }
        if (ref instanceof SourceRef.Kaggle) {
            return kaggleAnswers.get(ref, key -> ModelSources.lookUp(kaggle, key));
        }
        return githubAnswers.get(ref, key -> ModelSources.lookUp(github, key));
    }

    /** The CivitAI models held now (those requests rested on lately), by the reference the request named. */
    public Map<SourceRef, CivitaiModel> heldCivitaiModels() {
        Map<SourceRef, CivitaiModel> held = new LinkedHashMap<>();
        civitaiAnswers.held().forEach((ref, answer) -> {
            if (answer instanceof SourceLookup.Found found && found.facts() instanceof CivitaiModel model) {
                held.put(ref, model);
            }
        });
        return held;
    }

    /** Asks CivitAI again, past the cache; the cache keeps its answer until {@link #replaceCivitai}. */
    public SourceLookup rereadCivitai(SourceRef ref) {
        return ModelSources.lookUp(civitai, ref);
    }

    public void replaceCivitai(SourceLookup.Found answer) {
        civitaiAnswers.put(answer.ref(), answer);
    }
}
