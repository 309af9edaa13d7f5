package io.modelintake.license.evaluation;

import io.modelintake.contracts.Finding;
import io.modelintake.contracts.Lineage;
import java.util.List;

/** The result of evaluating one request: the lineage resolved and every licence finding. */
public record LicenseEvaluation(Lineage lineage, List<Finding> findings) {

    public LicenseEvaluation {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
