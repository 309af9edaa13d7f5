package io.modelintake.license.config;

import com.github.benmanes.caffeine.cache.Ticker;
import io.modelintake.license.client.HuggingFaceHubClient;
import io.modelintake.contracts.Jurisdictions;
import io.modelintake.license.client.ModelCardCache;
import io.modelintake.license.euaiact.EuAiActRules;
import io.modelintake.license.euaiact.EuAiActScreen;
import io.modelintake.license.evaluation.LicenseEvaluator;
import io.modelintake.license.evaluation.ModelCards;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The plain-Java evaluation, the EU AI Act screen with its bundled rules and the (cached) Hub client as beans. */
@ApplicationScoped
public class EvaluationProducer {

    @Produces
    @ApplicationScoped
    LicenseEvaluator evaluator() {
        return new LicenseEvaluator();
    }

    @Produces
    @ApplicationScoped
    EuAiActScreen euAiActScreen() {
        return new EuAiActScreen(EuAiActRules.loadBundled(), Jurisdictions.standard());
    }

    @Produces
    @ApplicationScoped
    ModelCards modelCards(LicenseConfig config) {
        LicenseConfig.Cache cache = config.hub().cache();
        return new ModelCardCache(
                new HuggingFaceHubClient(config.hub().baseUrl(), config.hub().timeout(), QuarkusTransaction::isActive),
                cache.maxEntries(), cache.foundTtl(), cache.notFoundTtl(), cache.unreachableTtl(), Ticker.systemTicker());
    }
}
