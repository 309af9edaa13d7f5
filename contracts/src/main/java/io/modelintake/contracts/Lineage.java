package io.modelintake.contracts;

import java.util.List;

/**
 * What license-service resolved about the model: its effective licence expression and where it came from,
 * its base models (recursively, each with its path from the requested model), the training datasets named
 * by the request, the model cards and the known-models catalogue, and the licences all those expressions name.
 */
public record Lineage(
        String modelId,
        String licenseExpression,
        String licenseOrigin,
        List<BaseModel> baseModels,
        List<DatasetRef> datasets,
        List<LicenseTerms> licenses) {

    public Lineage {
        baseModels = baseModels == null ? List.of() : List.copyOf(baseModels);
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
        licenses = licenses == null ? List.of() : List.copyOf(licenses);
    }

    /** A lineage whose licences are not (yet) described, as the evaluation resolves it. */
    public Lineage(String modelId, String licenseExpression, String licenseOrigin, List<BaseModel> baseModels,
            List<DatasetRef> datasets) {
        this(modelId, licenseExpression, licenseOrigin, baseModels, datasets, List.of());
    }

    public Lineage withLicenses(List<LicenseTerms> described) {
        return new Lineage(modelId, licenseExpression, licenseOrigin, baseModels, datasets, described);
    }

    /** A base model reached from the requested model; {@code path} starts at the requested model. */
    public record BaseModel(String repoId, String licenseExpression, List<String> path) {
        public BaseModel {
            path = path == null ? List.of() : List.copyOf(path);
        }
    }

    /** A training dataset and the model (requested or base) whose card or catalogue entry names it. */
    public record DatasetRef(String id, String namedBy) {
    }

    /**
     * A licence named in the lineage, as the licence knowledge holds it: {@code textSha256} is the SHA-256 (hex) of
     * its stored text ({@code GET /api/licenses/{id}/text} on license-service), null when no text is stored;
     * {@code acceptance} is set when the licence is accepted by click-through (Llama, Gemma, FLUX.1 [dev],
     * Stability's), citing where the licence says so, and null otherwise.
     */
    public record LicenseTerms(String id, String name, String textSha256, Citation acceptance) {

        public boolean requiresAcceptance() {
            return acceptance != null;
        }
    }
}
