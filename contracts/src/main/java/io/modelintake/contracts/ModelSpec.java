package io.modelintake.contracts;

import java.util.List;

/**
 * The model as the engineer described it (API.md). {@code license} takes a Hugging Face licence tag, an SPDX
 * identifier or expression, or a {@code LicenseRef-}; it may be null when {@code repoId} lets the Hub answer.
 * {@code source} is {@code huggingface}, {@code internal} (the company's own training run) or {@code other}.
 */
public record ModelSpec(
        String name,
        String source,
        String repoId,
        String revision,
        String license,
        String licenseName,
        String licenseLink,
        List<String> baseModels,
        List<String> datasets) {

    public ModelSpec {
        baseModels = baseModels == null ? List.of() : List.copyOf(baseModels);
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
    }

    /** Whether the company trained this model itself, so that dataset terms bind it directly. */
    public boolean isOwnTrainingRun() {
        return "internal".equalsIgnoreCase(source);
    }
}
