package io.modelintake.approval.service;

import io.modelintake.contracts.Finding;
import io.modelintake.contracts.events.DatasetsAssessed;
import java.util.List;
import java.util.stream.Stream;

/** What an approval task rests on, read from the assessed event: its findings and the conditions they propose. */
final class AssessedFacts {

    private AssessedFacts() {
    }

    static List<Finding> findings(DatasetsAssessed assessed) {
        return Stream.concat(assessed.licenseFindings().stream(), assessed.datasetFindings().stream()).toList();
    }

    /** The id the request's model goes by: the resolved one, else its repo id, else its name. */
    static String modelId(DatasetsAssessed assessed) {
        if (assessed.lineage() != null && assessed.lineage().modelId() != null) {
            return assessed.lineage().modelId();
        }
        return assessed.request().model().repoId() != null ? assessed.request().model().repoId()
                : assessed.request().model().name();
    }

    /** The obligations of the findings, offered to the officers as conditions. */
    static List<String> proposedConditions(List<Finding> findings) {
        return findings.stream().flatMap(f -> f.obligations().stream()).distinct().toList();
    }
}
