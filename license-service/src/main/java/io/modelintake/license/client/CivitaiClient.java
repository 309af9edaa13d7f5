package io.modelintake.license.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelintake.contracts.SourceRef;
import io.modelintake.license.evaluation.CivitaiModel;
import io.modelintake.license.evaluation.CivitaiModel.CommercialUse;
import io.modelintake.license.evaluation.ModelSources;
import io.modelintake.license.evaluation.SourceLookup;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * Reads models from CivitAI's public REST API: {@code GET /api/v1/models/{id}} (the creator's permission flags
 * {@code allowCommercialUse} — an array of None/Image/RentCivit/Rent/Sell, a single string in older answers —
 * {@code allowDerivatives}, {@code allowDifferentLicense}, {@code allowNoCredit}, and {@code modelVersions[]} with
 * {@code baseModel} and {@code files[].hashes.SHA256}), {@code GET /api/v1/model-versions/{id}} (a version's
 * {@code modelId}) and {@code GET /api/v1/model-versions/by-hash/{hash}}. CivitAI answers 404 for what does not
 * exist or is not published.
 */
public final class CivitaiClient implements ModelSources {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private final JsonApi api;

    public CivitaiClient(URI baseUrl, Duration timeout, Optional<String> token, BooleanSupplier insideTransaction) {
        this.api = new JsonApi("CivitAI", baseUrl, timeout, token, Map.of("Accept", "application/json"),
                insideTransaction);
    }

    /** What a file hash is at CivitAI: the model and the version the file belongs to, or why not. */
    public sealed interface HashLookup {
        record Found(CivitaiModel model, String fileName) implements HashLookup {
        }

        record NotFound(String reason) implements HashLookup {
        }

        record Unreachable(String reason) implements HashLookup {
        }
    }

    @Override
    public SourceLookup find(SourceRef ref) {
        if (!(ref instanceof SourceRef.Civitai civitai)) {
            return new SourceLookup.NotFound(ref, "not a CivitAI model");
        }
        Long modelId = civitai.modelId();
        JsonNode version = null;
        if (civitai.versionId() != null) {
            JsonApi.Response answer = api.get("api/v1/model-versions/" + civitai.versionId());
            if (!(answer instanceof JsonApi.Response.Ok ok)) {
                return unanswered(ref, answer, "version " + civitai.versionId());
            }
            version = ok.body();
            long owner = version.path("modelId").asLong(-1);
            if (modelId != null && owner != modelId) {
                return new SourceLookup.NotFound(ref, "CivitAI version " + civitai.versionId() + " belongs to model "
                        + owner + ", not " + modelId);
            }
            modelId = owner;
        }
        JsonApi.Response answer = api.get("api/v1/models/" + modelId);
        if (!(answer instanceof JsonApi.Response.Ok ok)) {
            return unanswered(ref, answer, "model " + modelId);
        }
        return new SourceLookup.Found(ref, model(ok.body(), version, civitai.versionId()));
    }

    /** The model version a file with this SHA-256 belongs to (CivitAI's by-hash lookup), with its model's flags. */
    public HashLookup byHash(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return new HashLookup.NotFound("not a SHA-256 (64 hexadecimal digits)");
        }
        String hash = sha256.toUpperCase(Locale.ROOT);
        JsonApi.Response answer = api.get("api/v1/model-versions/by-hash/" + hash);
        if (answer instanceof JsonApi.Response.Status status && status.code() == 404) {
            return new HashLookup.NotFound("CivitAI knows no file with SHA-256 " + hash);
        }
        if (!(answer instanceof JsonApi.Response.Ok ok)) {
            return new HashLookup.Unreachable(reason(answer));
        }
        JsonNode version = ok.body();
        long modelId = version.path("modelId").asLong(-1);
        JsonApi.Response modelAnswer = api.get("api/v1/models/" + modelId);
        if (!(modelAnswer instanceof JsonApi.Response.Ok model)) {
            return modelAnswer instanceof JsonApi.Response.Status status && status.code() == 404
                    ? new HashLookup.NotFound("CivitAI lists the file's model " + modelId + " no more")
                    : new HashLookup.Unreachable(reason(modelAnswer));
        }
        String fileName = null;
        for (JsonNode file : version.path("files")) {
            if (hash.equalsIgnoreCase(JsonApi.text(file.path("hashes").path("SHA256")))) {
                fileName = JsonApi.text(file.path("name"));
            }
        }
        return new HashLookup.Found(model(model.body(), version, version.path("id").asLong()), fileName);
    }

    private static CivitaiModel model(JsonNode model, JsonNode requestedVersion, Long requestedVersionId) {
        List<CivitaiModel.Version> versions = new ArrayList<>();
        for (JsonNode version : model.path("modelVersions")) {
            versions.add(version(version));
        }
        // a version answered by id but missing from the model's list (e.g. early access) still counts
        if (requestedVersion != null && versions.stream().noneMatch(v -> v.id() == requestedVersion.path("id").asLong())) {
            versions.add(version(requestedVersion));
        }
        return new CivitaiModel(model.path("id").asLong(), JsonApi.text(model.path("name")),
                JsonApi.text(model.path("type")), JsonApi.text(model.path("creator").path("username")),
                commercialUse(model.path("allowCommercialUse")), model.path("allowDerivatives").asBoolean(false),
                model.path("allowDifferentLicense").asBoolean(false), model.path("allowNoCredit").asBoolean(false),
                versions, requestedVersionId);
    }

    private static CivitaiModel.Version version(JsonNode version) {
        List<CivitaiModel.ModelFile> files = new ArrayList<>();
        for (JsonNode file : version.path("files")) {
            files.add(new CivitaiModel.ModelFile(JsonApi.text(file.path("name")),
                    JsonApi.text(file.path("hashes").path("SHA256")), file.path("primary").asBoolean(false)));
        }
        return new CivitaiModel.Version(version.path("id").asLong(), JsonApi.text(version.path("name")),
                JsonApi.text(version.path("baseModel")), files);
    }

    /** An array of values, or one value as older answers give it; None and values CivitAI may add later grant nothing. */
    static Set<CommercialUse> commercialUse(JsonNode node) {
        Set<CommercialUse> uses = EnumSet.noneOf(CommercialUse.class);
        List<JsonNode> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(values::add);
        } else {
            values.add(node);
        }
        for (JsonNode value : values) {
            for (CommercialUse use : CommercialUse.values()) {
                if (use.name().equalsIgnoreCase(value.asText())) {
                    uses.add(use);
                }
            }
        }
        return uses;
    }

    private static SourceLookup unanswered(SourceRef ref, JsonApi.Response answer, String what) {
        if (answer instanceof JsonApi.Response.Status status && status.code() == 404) {
            return new SourceLookup.NotFound(ref, "CivitAI has no published " + what);
        }
        return new SourceLookup.Unreachable(ref, reason(answer));
    }

    private static String reason(JsonApi.Response answer) {
        return answer instanceof JsonApi.Response.Status status ? "CivitAI answered " + status.code()
                : ((JsonApi.Response.Failed) answer).reason();
    }
}
