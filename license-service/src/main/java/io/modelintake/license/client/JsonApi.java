package io.modelintake.license.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * One remote JSON API (CivitAI, GitHub): GET with a time-out and an optional bearer token, an answer instead of an
 * exception, and no call while a database transaction is active (a slow source would hold the transaction and a
 * pooled connection open; sources are asked before it).
 */
final class JsonApi {

    private static final Logger LOG = Logger.getLogger(JsonApi.class);

    /** What a GET gave: a JSON body (2xx), another status, or no answer. */
    sealed interface Response {
        record Ok(JsonNode body) implements Response {
        }

        record Status(int code) implements Response {
        }

        record Failed(String reason) implements Response {
        }
    }

    private final String name;
    private final URI baseUrl;
    private final Duration timeout;
    private final Optional<String> token;
    private final Map<String, String> headers;
    private final HttpClient http;
    private final ObjectMapper json;
    private final BooleanSupplier insideTransaction;

    JsonApi(String name, URI baseUrl, Duration timeout, Optional<String> token, Map<String, String> headers,
            BooleanSupplier insideTransaction) {
        String base = baseUrl.toString();
        this.name = name;
        this.baseUrl = URI.create(base.endsWith("/") ? base : base + "/");
        this.timeout = timeout;
        this.token = token.filter(value -> !value.isBlank());
        this.headers = Map.copyOf(headers);
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        this.json = new ObjectMapper();
        this.insideTransaction = insideTransaction;
    }

    /** GET {@code path} (relative to the base URL, already encoded). */
    Response get(String path) {
        if (insideTransaction.getAsBoolean()) {
            IllegalStateException misuse = new IllegalStateException(name + " call for " + path
                    + " inside a database transaction refused: ask the source before the transaction");
            LOG.error(misuse.getMessage(), misuse);
            return new Response.Failed("refused inside a database transaction");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUrl.resolve(path)).timeout(timeout).GET();
        headers.forEach(request::header);
        token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return new Response.Failed(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Response.Failed("interrupted");
        }
        if (response.statusCode() / 100 != 2) {
            return new Response.Status(response.statusCode());
        }
        try {
            return new Response.Ok(json.readTree(response.body()));
        } catch (IOException e) {
            return new Response.Failed("unreadable " + name + " answer: " + e.getMessage());
        }
    }

    String name() {
        return name;
    }

    static String text(JsonNode node) {
        return node != null && node.isTextual() && !node.asText().isBlank() ? node.asText().trim() : null;
    }
}
