package io.modelintake.approval.bom;

import io.modelintake.contracts.Finding;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the SPDX 3.0.1 document of a request is built from: what the CycloneDX BOM is built from, the dataset
 * findings (which datasets hold personal data) and the stored texts of the lineage's {@code LicenseRef-} licences
 * by licence id (those license-service could serve; a licence missing here is named without its text), and what the
 * knowledge says of the lineage's models by repo id and of its datasets by the id the lineage names them with (a
 * model or dataset missing here is described without those fields).
 */
public record SpdxInput(BomInput bom, List<Finding> datasetFindings, Map<String, String> licenseTexts,
        Map<String, ModelFacts> models, Map<String, DatasetFacts> datasets) {

    public SpdxInput {
        Objects.requireNonNull(bom, "bom");
        datasetFindings = datasetFindings == null ? List.of() : List.copyOf(datasetFindings);
        licenseTexts = licenseTexts == null ? Map.of() : Map.copyOf(licenseTexts);
        models = models == null ? Map.of() : Map.copyOf(models);
        datasets = datasets == null ? Map.of() : Map.copyOf(datasets);
    }

    /** An input without knowledge of the models' and datasets' facts. */
    public SpdxInput(BomInput bom, List<Finding> datasetFindings, Map<String, String> licenseTexts) {
        this(bom, datasetFindings, licenseTexts, Map.of(), Map.of());
    }

    /** A model's {@code ai_domain} and {@code ai_typeOfModel}, as license-service's known models state them. */
    public record ModelFacts(List<String> domain, List<String> typeOfModel) {
        public ModelFacts {
            domain = domain == null ? List.of() : List.copyOf(domain);
            typeOfModel = typeOfModel == null ? List.of() : List.copyOf(typeOfModel);
        }
    }

    /**
     * A dataset's {@code dataset_datasetType} values and {@code dataset_datasetAvailability} (null when the registry
     * does not say), as dataset-registry states them in SPDX's words.
     */
    public record DatasetFacts(List<String> types, String availability) {
        public DatasetFacts {
            types = types == null ? List.of() : List.copyOf(types);
        }
    }
}
