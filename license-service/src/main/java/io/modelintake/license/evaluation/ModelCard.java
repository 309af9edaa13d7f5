package io.modelintake.license.evaluation;

import java.util.List;

/**
 * The metadata of a model card that licence resolution needs: {@code license} (a Hugging Face licence tag, or
 * {@code other} with {@code licenseName}/{@code licenseLink}), base models, datasets and the {@code license:}
 * tags the Hub derives from the card.
 */
public record ModelCard(
        String repoId,
        String sha,
        String license,
        String licenseName,
        String licenseLink,
        List<String> baseModels,
        List<String> datasets,
        List<String> licenseTags) {

    public ModelCard {
        baseModels = baseModels == null ? List.of() : List.copyOf(baseModels);
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
        licenseTags = licenseTags == null ? List.of() : List.copyOf(licenseTags);
    }
}
