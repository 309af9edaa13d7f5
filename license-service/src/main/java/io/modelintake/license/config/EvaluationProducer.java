package io.modelintake.license.config;

import io.modelintake.license.client.HuggingFaceHubClient;
import io.modelintake.license.evaluation.LicenseEvaluator;
import io.modelintake.license.evaluation.ModelCards;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The plain-Java evaluation and the Hub client as beans. */
@ApplicationScoped
public class EvaluationProducer {

    @Produces
    @ApplicationScoped
    LicenseEvaluator evaluator() {
        return new LicenseEvaluator();
    }

    @Produces
    @ApplicationScoped
    ModelCards modelCards(LicenseConfig config) {
        return new HuggingFaceHubClient(config.hub().baseUrl(), config.hub().timeout());
    }
}
