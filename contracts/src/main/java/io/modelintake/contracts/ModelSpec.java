package io.modelintake.contracts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The model as the engineer described it (API.md). {@code license} takes a Hugging Face licence tag, an SPDX
 * identifier or expression, or a {@code LicenseRef-}; it may be null when {@code repoId} lets the Hub answer.
 * {@code source} is {@code huggingface}, {@code internal} (the company's own training run) or {@code other}.
 */
@LicenseOrRepoId
public record ModelSpec(
        @NotBlank @Size(max = 200) String name,
        @Pattern(regexp = "huggingface|internal|other", message = "must be huggingface, internal or other") String source,
        @Size(max = 200) @Pattern(regexp = REPO_ID, message = "must be a Hugging Face repo id such as owner/name") String repoId,
        @Size(max = 100) @Pattern(regexp = "[\\w.\\-/]+", message = "must be a branch, tag or commit") String revision,
        @Size(max = 300) String license,
        @Size(max = 200) String licenseName,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String licenseLink,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> baseModels,
        @Size(max = 100) List<@NotBlank @Size(max = 200) String> datasets) {

    /** Hugging Face repo ids: {@code owner/name} or a legacy single name such as {@code bert-base-uncased}. */
    public static final String REPO_ID = "[A-Za-z0-9][A-Za-z0-9_.\\-]*(/[A-Za-z0-9][A-Za-z0-9_.\\-]*)?";

    public ModelSpec {
        baseModels = baseModels == null ? List.of() : List.copyOf(baseModels);
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
    }

    /** Whether the company trained this model itself, so that dataset terms bind it directly. */
    @JsonIgnore
    public boolean isOwnTrainingRun() {
        return "internal".equalsIgnoreCase(source);
    }
}
