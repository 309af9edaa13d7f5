package io.modelintake.license.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelintake.contracts.SourceRef;
import io.modelintake.license.evaluation.KaggleModel;
import io.modelintake.license.evaluation.ModelSources;
import io.modelintake.license.evaluation.SourceLookup;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Reads a Kaggle model's variation from Kaggle's public API,
 * {@code GET /api/v1/models/{owner}/{model}/{framework}/{variation}/get} (kagglesdk's {@code ApiGetModelInstanceRequest},
 * answering an {@code ApiModelInstance}): {@code licenseName}, {@code trainingData}, {@code url},
 * {@code baseModelInstanceInformation} ({@code owner.slug}, {@code modelSlug}, {@code framework},
 * {@code instanceSlug}) and {@code externalBaseModelUrl}. 404 is no such public variation; anything else is no answer.
 */
public final class KaggleClient implements ModelSources {

    private final JsonApi api;

    public KaggleClient(URI baseUrl, Duration timeout, Optional<String> token, BooleanSupplier insideTransaction) {
        this.api = new JsonApi("Kaggle", baseUrl, timeout, token, Map.of("Accept", "application/json"),
                insideTransaction);
    }

    @Override
    public SourceLookup find(SourceRef ref) {
        if (!(ref instanceof SourceRef.Kaggle kaggle)) {
            return new SourceLookup.NotFound(ref, "not a Kaggle model variation");
        }
        JsonApi.Response answer = api.get("api/v1/models/" + segment(kaggle.owner()) + "/" + segment(kaggle.model())
                + "/" + segment(kaggle.framework()) + "/" + segment(kaggle.variation()) + "/get");
        if (answer instanceof JsonApi.Response.Ok ok) {
            JsonNode body = ok.body();
            List<String> trainingData = new ArrayList<>();
            body.path("trainingData").forEach(item -> Optional.ofNullable(JsonApi.text(item)).ifPresent(trainingData::add));
            return new SourceLookup.Found(ref, new KaggleModel(kaggle.handle(), JsonApi.text(body.path("licenseName")),
                    trainingData, JsonApi.text(body.path("url")), baseHandle(body.path("baseModelInstanceInformation")),
                    JsonApi.text(body.path("externalBaseModelUrl"))));
        }
        if (answer instanceof JsonApi.Response.Status status && status.code() == 404) {
            return new SourceLookup.NotFound(ref, "Kaggle has no public model variation " + kaggle.handle());
        }
        return new SourceLookup.Unreachable(ref, answer instanceof JsonApi.Response.Status status
                ? "Kaggle answered " + status.code() : ((JsonApi.Response.Failed) answer).reason());
    }

    /** The base model as a Kaggle handle, when Kaggle names one. */
    private static String baseHandle(JsonNode base) {
        String owner = JsonApi.text(base.path("owner").path("slug"));
        String model = JsonApi.text(base.path("modelSlug"));
        String framework = JsonApi.text(base.path("framework"));
        String variation = JsonApi.text(base.path("instanceSlug"));
        return owner == null || model == null || framework == null || variation == null ? null
                : owner + "/" + model + "/" + framework + "/" + variation;
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
