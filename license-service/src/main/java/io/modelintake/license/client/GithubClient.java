package io.modelintake.license.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelintake.contracts.SourceRef;
import io.modelintake.license.evaluation.GithubRepository;
import io.modelintake.license.evaluation.ModelSources;
import io.modelintake.license.evaluation.SourceLookup;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Reads a repository's licence from GitHub's REST API, {@code GET /repos/{owner}/{repo}/license}: GitHub's detection
 * of the licence file ({@code license.spdx_id}, {@code NOASSERTION} for a file it does not recognise), the file's
 * {@code path} and {@code html_url}. GitHub answers 404 both when no licence file is detected and when there is no
 * such public repository; 403 and 429 are its rate limits (unreachable, not "no licence").
 */
public final class GithubClient implements ModelSources {

    private final JsonApi api;

    public GithubClient(URI baseUrl, Duration timeout, Optional<String> token, BooleanSupplier insideTransaction) {
        this.api = new JsonApi("GitHub", baseUrl, timeout, token,
                Map.of("Accept", "application/vnd.github+json", "X-GitHub-Api-Version", "2022-11-28"),
                insideTransaction);
    }

    @Override
    public SourceLookup find(SourceRef ref) {
        if (!(ref instanceof SourceRef.Github github)) {
            return new SourceLookup.NotFound(ref, "not a GitHub repository");
        }
        JsonApi.Response answer = api.get("repos/" + github.owner() + "/" + github.repo() + "/license");
        if (answer instanceof JsonApi.Response.Ok ok) {
            JsonNode body = ok.body();
            JsonNode license = body.path("license");
            return new SourceLookup.Found(ref, new GithubRepository(github.owner(), github.repo(),
                    JsonApi.text(license.path("spdx_id")), JsonApi.text(license.path("name")),
                    JsonApi.text(body.path("path")), JsonApi.text(body.path("html_url"))));
        }
        if (answer instanceof JsonApi.Response.Status status && status.code() == 404) {
            return new SourceLookup.Found(ref, new GithubRepository(github.owner(), github.repo(), null, null, null,
                    null));
        }
        return new SourceLookup.Unreachable(ref, answer instanceof JsonApi.Response.Status status
                ? "GitHub answered " + status.code() : ((JsonApi.Response.Failed) answer).reason());
    }
}
