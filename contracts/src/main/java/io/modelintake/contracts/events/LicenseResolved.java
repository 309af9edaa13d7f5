package io.modelintake.contracts.events;

import io.modelintake.contracts.Finding;
import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.ModelRequest;
import java.util.List;

/** {@code modelintake.license.resolved.v1}: the request, the resolved lineage and the licence findings. */
public record LicenseResolved(
        ModelRequest request,
        Lineage lineage,
        List<Finding> findings,
        String licenseKnowledgeVersion,
        Reevaluation reevaluation) {

    public LicenseResolved {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** A first resolution, not a re-evaluation. */
    public LicenseResolved(ModelRequest request, Lineage lineage, List<Finding> findings, String licenseKnowledgeVersion) {
        this(request, lineage, findings, licenseKnowledgeVersion, null);
    }
}
