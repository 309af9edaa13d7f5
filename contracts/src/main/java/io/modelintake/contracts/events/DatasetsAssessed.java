package io.modelintake.contracts.events;

import io.modelintake.contracts.Finding;
import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.ModelRequest;
import java.util.List;

/**
 * {@code modelintake.dataset.assessed.v1}: everything approval-service needs — the request, the lineage, the
 * licence findings and the dataset findings, and the knowledge versions both rest on.
 */
public record DatasetsAssessed(
        ModelRequest request,
        Lineage lineage,
        List<Finding> licenseFindings,
        List<Finding> datasetFindings,
        String licenseKnowledgeVersion,
        String datasetKnowledgeVersion,
        Reevaluation reevaluation) {

    public DatasetsAssessed {
        licenseFindings = licenseFindings == null ? List.of() : List.copyOf(licenseFindings);
        datasetFindings = datasetFindings == null ? List.of() : List.copyOf(datasetFindings);
    }

    /** A first assessment, not a re-evaluation. */
    public DatasetsAssessed(ModelRequest request, Lineage lineage, List<Finding> licenseFindings,
            List<Finding> datasetFindings, String licenseKnowledgeVersion, String datasetKnowledgeVersion) {
        this(request, lineage, licenseFindings, datasetFindings, licenseKnowledgeVersion, datasetKnowledgeVersion, null);
    }
}
