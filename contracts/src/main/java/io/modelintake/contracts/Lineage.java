package io.modelintake.contracts;

import java.util.List;

/**
 * What license-service resolved about the model: its effective licence expression and where it came from,
 * its base models (recursively, each with its path from the requested model) and the training datasets named
 * by the request, the model cards and the known-models catalogue.
 */
public record Lineage(
        String modelId,
        String licenseExpression,
        String licenseOrigin,
        List<BaseModel> baseModels,
        List<DatasetRef> datasets) {

    public Lineage {
        baseModels = baseModels == null ? List.of() : List.copyOf(baseModels);
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
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
}
