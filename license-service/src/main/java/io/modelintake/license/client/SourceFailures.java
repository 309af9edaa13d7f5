package io.modelintake.license.client;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.modelintake.license.evaluation.ModelCardLookup;
import io.modelintake.license.evaluation.ModelCards;
import io.modelintake.license.evaluation.ModelSources;
import io.modelintake.license.evaluation.SourceLookup;

/**
 * Counts the calls to a model source that got no usable answer ({@value #METRIC}, by {@code source}: huggingface,
 * civitai, github): an outage or a rate limit shows on the dashboard before engineers ask why their requests wait
 * for a human. Wraps the client below its cache, so each failed call counts once and a cached answer not at all.
 */
public final class SourceFailures {

    public static final String METRIC = "modelintake.source.failures";

    private final MeterRegistry registry;

    public SourceFailures(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The Hugging Face Hub's cards, counted. */
    public ModelCards counting(ModelCards hub) {
        Counter failures = counter("huggingface");
        return repoId -> {
            ModelCardLookup lookup = ModelCards.lookUp(hub, repoId);
            if (lookup instanceof ModelCardLookup.Unreachable) {
                failures.increment();
            }
            return lookup;
        };
    }

    /** {@code sources} (named {@code source} on the counter), counted. */
    public ModelSources counting(String source, ModelSources sources) {
        Counter failures = counter(source);
        return ref -> {
            SourceLookup lookup = ModelSources.lookUp(sources, ref);
            if (lookup instanceof SourceLookup.Unreachable) {
                failures.increment();
            }
            return lookup;
        };
    }

    private Counter counter(String source) {
        return Counter.builder(METRIC).description("Calls to a model source that got no usable answer")
                .tag("source", source).register(registry);
    }
}
