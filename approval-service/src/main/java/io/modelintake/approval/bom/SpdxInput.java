package io.modelintake.approval.bom;

import io.modelintake.contracts.Finding;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the SPDX 3.0.1 document of a request is built from: what the CycloneDX BOM is built from, the dataset
 * findings (which datasets hold personal data) and the stored texts of the lineage's {@code LicenseRef-} licences
 * by licence id (those license-service could serve; a licence missing here is named without its text).
 */
public record SpdxInput(BomInput bom, List<Finding> datasetFindings, Map<String, String> licenseTexts) {

    public SpdxInput {
        Objects.requireNonNull(bom, "bom");
        datasetFindings = datasetFindings == null ? List.of() : List.copyOf(datasetFindings);
        licenseTexts = licenseTexts == null ? Map.of() : Map.copyOf(licenseTexts);
    }
}
