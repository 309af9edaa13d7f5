package io.modelintake.license.config;

import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import io.modelintake.license.client.CivitaiClient;
import io.modelintake.license.client.GithubClient;
import io.modelintake.license.client.KaggleClient;
import io.modelintake.license.client.HuggingFaceHubClient;
import io.modelintake.contracts.Jurisdictions;
import io.modelintake.license.client.ModelCardCache;
import io.modelintake.license.client.SourceClients;
import io.modelintake.license.client.SourceFailures;
import io.modelintake.license.euaiact.EuAiActRules;
import io.modelintake.license.euaiact.EuAiActScreen;
import io.modelintake.license.evaluation.LicenseEvaluator;
import io.modelintake.license.evaluation.SeverityPolicy;
import io.modelintake.license.knowledge.CivitaiBaseModels;
import io.modelintake.license.knowledge.FrameworkWeights;
import io.modelintake.license.knowledge.LicenseKnowledge;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;

/** The plain-Java evaluation, the EU AI Act screen with its bundled rules and the (cached) clients of the Hub, CivitAI, GitHub and Kaggle as beans. */
@ApplicationScoped
public class EvaluationProducer {

    @Produces
    @ApplicationScoped
    LicenseEvaluator evaluator(CivitaiBaseModels civitaiBaseModels) {
        return new LicenseEvaluator(new SeverityPolicy(), civitaiBaseModels,
                FrameworkWeights.loadBundled().checkAgainst(LicenseKnowledge.loadBundled()));
    }

    /** CivitAI's base models mapped to known models; each must be in the bundled catalogue, checked at start. */
    @Produces
    @ApplicationScoped
    CivitaiBaseModels civitaiBaseModels() {
        return CivitaiBaseModels.loadBundled().checkAgainst(LicenseKnowledge.loadBundled());
    }

    @Produces
    @ApplicationScoped
    EuAiActScreen euAiActScreen() {
        return new EuAiActScreen(EuAiActRules.loadBundled(), Jurisdictions.standard());
    }

    /** Made at start-up, like {@link #modelSources}, so that their failure counters are exported before a failure. */
    @Produces
    @ApplicationScoped
    @Startup
    ModelCardCache modelCards(LicenseConfig config, MeterRegistry registry) {
        LicenseConfig.Cache cache = config.hub().cache();
        return new ModelCardCache(new SourceFailures(registry).counting(
                new HuggingFaceHubClient(config.hub().baseUrl(), config.hub().timeout(), QuarkusTransaction::isActive)),
                cache.maxEntries(), cache.foundTtl(), cache.notFoundTtl(), cache.unreachableTtl(), Ticker.systemTicker());
    }

    /** Typed as itself only: the by-hash lookup needs it, while requests ask {@link SourceClients} (cached). */
    @Produces
    @ApplicationScoped
    @Typed(CivitaiClient.class)
    CivitaiClient civitaiClient(LicenseConfig config) {
        LicenseConfig.Civitai civitai = config.civitai();
        return new CivitaiClient(civitai.baseUrl(), civitai.timeout(), civitai.token(), QuarkusTransaction::isActive);
    }

    @Produces
    @ApplicationScoped
    @Startup
    SourceClients modelSources(LicenseConfig config, CivitaiClient civitai, MeterRegistry registry) {
        LicenseConfig.Github github = config.github();
        LicenseConfig.Kaggle kaggle = config.kaggle();
        SourceFailures failures = new SourceFailures(registry);
        return new SourceClients(
                new SourceClients.Source(failures.counting("civitai", civitai), policy(config.civitai().cache())),
                new SourceClients.Source(failures.counting("github", new GithubClient(github.baseUrl(),
                        github.timeout(), github.token(), QuarkusTransaction::isActive)), policy(github.cache())),
                new SourceClients.Source(failures.counting("kaggle", new KaggleClient(kaggle.baseUrl(),
                        kaggle.timeout(), kaggle.token(), QuarkusTransaction::isActive)), policy(kaggle.cache())),
                Ticker.systemTicker());
    }

    private static SourceClients.CachePolicy policy(LicenseConfig.Cache cache) {
        return new SourceClients.CachePolicy(cache.maxEntries(), cache.foundTtl(), cache.notFoundTtl(),
                cache.unreachableTtl());
    }
}
