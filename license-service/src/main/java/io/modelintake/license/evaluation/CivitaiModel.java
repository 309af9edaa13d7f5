package io.modelintake.license.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A CivitAI model as {@code GET /api/v1/models/{id}} states it: the creator's permission flags (which CivitAI shows
 * as "This model permits users to: …") and its versions with their {@code baseModel} and files.
 * {@code requestedVersionId} is the version the request named (null: the model as a whole).
 */
public record CivitaiModel(
        long id,
        String name,
        String type,
        String creator,
        Set<CommercialUse> allowCommercialUse,
        boolean allowDerivatives,
        boolean allowDifferentLicense,
        boolean allowNoCredit,
        List<Version> versions,
        Long requestedVersionId) implements SourceFacts {

    public CivitaiModel {
        allowCommercialUse = allowCommercialUse == null ? Set.of() : Set.copyOf(allowCommercialUse);
        versions = versions == null ? List.of() : List.copyOf(versions);
    }

    /** The values of {@code allowCommercialUse} (a string in older answers, an array now). */
    public enum CommercialUse {
        /** "Sell images they generate". */
        Image,
        /** "Run on Civitai" (its own generation service). */
        RentCivit,
        /** "Run on services that generate images for money". */
        Rent,
        /** "Sell this model or merges using this model". */
        Sell
    }

    /** One release of the model: {@code baseModel} as CivitAI names it (e.g. {@code Flux.1 D}) and its files. */
    public record Version(long id, String name, String baseModel, List<ModelFile> files) {
        public Version {
            files = files == null ? List.of() : List.copyOf(files);
        }
    }

    /** A file of a version with its SHA-256 as CivitAI computed it (upper-case hex). */
    public record ModelFile(String name, String sha256, boolean primary) {
    }

    /** The versions the request is about: the one it named, else every version (they may differ in base model). */
    public List<Version> requestedVersions() {
        if (requestedVersionId == null) {
            return versions;
        }
        return versions.stream().filter(version -> version.id() == requestedVersionId).toList();
    }

    public Optional<Version> version(long versionId) {
        return versions.stream().filter(version -> version.id() == versionId).findFirst();
    }

    /** The CivitAI page of the model (or of the version asked for). */
    public String pageUrl() {
        return "https://civitai.com/models/" + id + (requestedVersionId == null ? "" : "?modelVersionId=" + requestedVersionId);
    }
}
