package io.modelintake.approval.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a dry run proposes: licence, dataset and data-source entries, each in the form its curation endpoint takes
 * (license-service and dataset-registry validate them; this service only hands them on), and/or the YAML text of a
 * candidate risk policy. Anything left out stays as it is.
 */
public record SimulationBody(
        @Size(max = 100) List<@NotNull JsonNode> licenses,
        @Size(max = 100) List<@NotNull JsonNode> datasets,
        @Size(max = 100) List<@NotNull JsonNode> dataSources,
        @Size(max = 200_000) String riskPolicy) {

    public SimulationBody {
        licenses = licenses == null ? List.of() : List.copyOf(licenses);
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
        dataSources = dataSources == null ? List.of() : List.copyOf(dataSources);
        riskPolicy = riskPolicy == null || riskPolicy.isBlank() ? null : riskPolicy;
    }

    public boolean proposesNothing() {
        return licenses.isEmpty() && datasets.isEmpty() && dataSources.isEmpty() && riskPolicy == null;
    }
}
