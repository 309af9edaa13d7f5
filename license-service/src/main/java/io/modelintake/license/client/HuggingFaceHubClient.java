package io.modelintake.license.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelintake.license.evaluation.ModelCard;
import io.modelintake.license.evaluation.ModelCardLookup;
import io.modelintake.license.evaluation.ModelCards;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Reads model card metadata from the Hugging Face Hub API ({@code GET {baseUrl}/api/models/{repoId}}):
 * {@code cardData.license}, {@code license_name}, {@code license_link}, {@code base_model} and {@code datasets},
 * falling back on the {@code license:}, {@code base_model:} and {@code dataset:} tags the Hub derives from the
 * card. A failure to reach the Hub is an {@link ModelCardLookup.Unreachable} answer, never an exception.
 * <p>
 * It refuses to call the Hub while a database transaction is active: a slow Hub would hold the transaction and a
 * pooled connection open. Cards are gathered before the transaction ({@code LicenseResolution.prepare}).
 */
public final class HuggingFaceHubClient implements ModelCards {

    private static final Pattern REPO_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)?");
    private static final Logger LOG = Logger.getLogger(HuggingFaceHubClient.class);
    private static final List<String> BASE_MODEL_RELATIONS = List.of("finetune:", "adapter:", "quantized:", "merge:");

    private final URI baseUrl;
    private final Duration timeout;
    private final HttpClient http;
    private final ObjectMapper json;
    private final BooleanSupplier insideTransaction;

    /** {@code insideTransaction} says whether the calling thread has a database transaction active. */
    public HuggingFaceHubClient(URI baseUrl, Duration timeout, BooleanSupplier insideTransaction) {
        this(baseUrl, timeout, HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build(), new ObjectMapper(), insideTransaction);
    }

    public HuggingFaceHubClient(URI baseUrl, Duration timeout, HttpClient http, ObjectMapper json,
            BooleanSupplier insideTransaction) {
        String base = baseUrl.toString();
        this.baseUrl = URI.create(base.endsWith("/") ? base : base + "/");
        this.timeout = timeout;
        this.http = http;
        this.json = json;
        this.insideTransaction = insideTransaction;
    }

    @Override
    public ModelCardLookup find(String repoId) {
        if (repoId == null || !REPO_ID.matcher(repoId).matches()) {
            return new ModelCardLookup.NotFound(String.valueOf(repoId), "not a Hugging Face repo id");
        }
        if (insideTransaction.getAsBoolean()) {
            IllegalStateException misuse = new IllegalStateException("Hub call for " + repoId
                    + " inside a database transaction refused: gather model cards before the transaction");
            LOG.error(misuse.getMessage(), misuse);
            return new ModelCardLookup.Unreachable(repoId, "refused inside a database transaction");
        }
        HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve("api/models/" + repoId))
                .timeout(timeout)
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return new ModelCardLookup.Unreachable(repoId, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ModelCardLookup.Unreachable(repoId, "interrupted");
        }
        int status = response.statusCode();
        // the Hub answers 401 rather than 404 for repositories that do not exist or are private
        if (status == 404 || status == 401) {
            return new ModelCardLookup.NotFound(repoId, "Hub answered " + status);
        }
        if (status != 200) {
            return new ModelCardLookup.Unreachable(repoId, "Hub answered " + status);
        }
        try {
            return new ModelCardLookup.Found(card(repoId, json.readTree(response.body())));
        } catch (IOException e) {
            return new ModelCardLookup.Unreachable(repoId, "unreadable Hub answer: " + e.getMessage());
        }
    }

    private static ModelCard card(String repoId, JsonNode model) {
        JsonNode cardData = model.path("cardData");
        List<String> tags = strings(model.path("tags"));
        List<String> licenseTags = tagged(tags, "license:");
        List<String> licenses = strings(cardData.path("license"));
        String license = licenses.isEmpty()
                ? (licenseTags.isEmpty() ? null : String.join(" AND ", licenseTags))
                : String.join(" AND ", licenses);
        Set<String> baseModels = new LinkedHashSet<>(strings(cardData.path("base_model")));
        for (String base : tagged(tags, "base_model:")) {
            baseModels.add(stripRelation(base));
        }
        Set<String> datasets = new LinkedHashSet<>(strings(cardData.path("datasets")));
        datasets.addAll(tagged(tags, "dataset:"));
        String id = model.path("id").asText(repoId);
        return new ModelCard(id, text(model.path("sha")), license, text(cardData.path("license_name")),
                text(cardData.path("license_link")), new ArrayList<>(baseModels), new ArrayList<>(datasets),
                licenseTags);
    }

    private static String stripRelation(String base) {
        for (String relation : BASE_MODEL_RELATIONS) {
            if (base.startsWith(relation)) {
                return base.substring(relation.length());
            }
        }
        return base;
    }

    /** A card field may be a string or a list of strings. */
    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(element -> {
                if (element.isTextual() && !element.asText().isBlank()) {
                    values.add(element.asText().trim());
                }
            });
        } else if (node.isTextual() && !node.asText().isBlank()) {
            values.add(node.asText().trim());
        }
        return values;
    }

    private static List<String> tagged(List<String> tags, String prefix) {
        List<String> values = new ArrayList<>();
        for (String tag : tags) {
            if (tag.startsWith(prefix) && tag.length() > prefix.length()) {
                values.add(tag.substring(prefix.length()));
            }
        }
        return values;
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText().trim() : null;
    }
}
