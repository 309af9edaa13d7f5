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
        String licenseKnowledgeVersion) {

    public LicenseResolved {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
