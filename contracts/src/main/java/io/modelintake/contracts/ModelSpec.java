package io.modelintake.contracts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * The model as the engineer described it (API.md). {@code license} takes a Hugging Face licence tag, an SPDX
 * identifier or expression, or a {@code LicenseRef-}; it may be null when {@code repoId} lets the Hub answer.
 * {@code source} is {@code huggingface}, {@code civitai}, {@code github}, {@code kaggle}, a framework hub
 * ({@code torchvision}, {@code timm}, {@code keras}), {@code internal} (the company's own training run) or
 * {@code other}; for the sources beyond the Hub,
 * {@code sourceRef} names the model there ({@link SourceRef}: a CivitAI model or version id or URL, a GitHub
 * repository URL, the framework's name for the weights).
 */
@LicenseOrRepoId
@SourceRefFits
public record ModelSpec(
        @NotBlank @Size(max = 200) String name,
        @Pattern(regexp = "huggingface|civitai|github|kaggle|torchvision|timm|keras|internal|other",
                message = "must be huggingface, civitai, github, kaggle, torchvision, timm, keras, internal or other") String source,
        @Size(max = 200) @Pattern(regexp = REPO_ID, message = "must be a Hugging Face repo id such as owner/name") String repoId,
        @Size(max = 100) @Pattern(regexp = "[\\w.\\-/]+", message = "must be a branch, tag or commit") String revision,
        @Size(max = 300) String license,
        @Size(max = 200) String licenseName,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String licenseLink,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> baseModels,
        @Size(max = 100) List<@NotBlank @Size(max = 200) String> datasets,
        @Size(max = 500) String sourceRef) {

    /** Hugging Face repo ids: {@code owner/name} or a legacy single name such as {@code bert-base-uncased}. */
    public static final String REPO_ID = "[A-Za-z0-9][A-Za-z0-9_.\\-]*(/[A-Za-z0-9][A-Za-z0-9_.\\-]*)?";

    public ModelSpec {
        baseModels = baseModels == null ? List.of() : List.copyOf(baseModels);
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
    }

    /** A model named without a reference at another source (the Hub, internal, other). */
    public ModelSpec(String name, String source, String repoId, String revision, String license, String licenseName,
            String licenseLink, List<String> baseModels, List<String> datasets) {
        this(name, source, repoId, revision, license, licenseName, licenseLink, baseModels, datasets, null);
    }

    /** Where {@code sourceRef} points at {@code source}; empty for the Hub, internal and other. */
    @JsonIgnore
    public Optional<SourceRef> sourceReference() {
        return SourceRef.parse(source, sourceRef);
    }

    /** Whether the company trained this model itself, so that dataset terms bind it directly. */
    @JsonIgnore
    public boolean isOwnTrainingRun() {
        return "internal".equalsIgnoreCase(source);
    }
}
