package io.modelintake.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The public REST API of a running system (API.md) as a load driver and a trail check use it: submit, follow a
 * request, the officers' queue, the ledger export and its verification, with real tokens of the demo users.
 * Plain {@code java.net.http}, so one client serves many concurrent submitters.
 */
public final class ModelIntakeApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int PAGE_SIZE = 500;

    private final String intakeUrl;
    private final String approvalUrl;
    private final Tokens tokens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    public ModelIntakeApi(String intakeUrl, String approvalUrl, Tokens tokens) {
        this.intakeUrl = intakeUrl;
        this.approvalUrl = approvalUrl;
        this.tokens = tokens;
    }

    /** What {@code POST /api/requests} answered: the HTTP status (0 when no answer came) and the new id on 202. */
    public record Submission(int status, Optional<UUID> id) {

        public boolean accepted() {
            return id.isPresent();
        }
    }

    /** A request's {@code status} and {@code statusReason} as {@code GET /api/requests/{id}} shows them. */
    public record RequestState(String status, String reason) {
    }

    public Submission submit(String engineer, String body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(intakeUrl + "/api/requests")).timeout(TIMEOUT)
                    .header("Authorization", tokens.bearer(engineer)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 202) {
                return new Submission(response.statusCode(), Optional.empty());
            }
            return new Submission(202, Optional.of(UUID.fromString(json.readTree(response.body()).path("id").asText())));
        } catch (IOException | RuntimeException e) {
            // No answer, or no token from Keycloak: the request was not accepted.
            return new Submission(0, Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Submission(0, Optional.empty());
        }
    }

    /** The request's state, or empty when intake-service does not answer 200 right now (e.g. while it restarts). */
    public Optional<RequestState> state(String user, UUID id) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(intakeUrl + "/api/requests/" + id)).timeout(TIMEOUT)
                    .header("Authorization", tokens.bearer(user)).GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            JsonNode view = json.readTree(response.body());
            return Optional.of(new RequestState(view.path("status").asText(), view.path("statusReason").asText(null)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Hands every approval task in {@code state} (e.g. PENDING) to {@code each}, page by page, as {@code officer}. */
    public void approvals(String officer, String state, Consumer<JsonNode> each) {
        for (int page = 0; ; page++) {
            JsonNode answer = getJson(officer, approvalUrl + "/api/approvals?status=" + state + "&size=" + PAGE_SIZE
                    + "&page=" + page);
            answer.path("items").forEach(each);
            if ((long) (page + 1) * PAGE_SIZE >= answer.path("total").asLong()) {
                return;
            }
        }
    }

    /** Streams the ledger export ({@code application/x-ndjson}) from {@code from} on, one entry per line. */
    public void decisionRecords(String auditor, Instant from, Consumer<JsonNode> each) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(approvalUrl + "/api/audit/records?from=" + from))
                .timeout(Duration.ofMinutes(5)).header("Authorization", tokens.bearer(auditor))
                .header("Accept", "application/x-ndjson").GET().build();
        try {
            HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("GET /api/audit/records answered " + response.statusCode());
                }
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (!line.isBlank()) {
                        each.accept(json.readTree(line));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the ledger export failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the ledger export", e);
        }
    }

    /** {@code GET /api/audit/verify}: {@code {"intact": true, "records": N}} or the first broken link. */
    public JsonNode verifyLedger(String auditor) {
        return getJson(auditor, approvalUrl + "/api/audit/verify");
    }

    private JsonNode getJson(String user, String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
                .header("Authorization", tokens.bearer(user)).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + url + " answered " + response.statusCode() + ": " + response.body());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during GET " + url, e);
        }
    }
}
