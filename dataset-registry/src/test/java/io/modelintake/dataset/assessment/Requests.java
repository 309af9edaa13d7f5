package io.modelintake.dataset.assessment;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.IntendedUse;
import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.ModelRequest;
import io.modelintake.contracts.ModelSpec;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Builds the requests the assessment tests submit. */
final class Requests {

    static final String MODEL = "acme/model-under-review";

    private Requests() {
    }

    static ModelRequest request(boolean trainsItself, List<String> datasets, List<Activity> activities, List<String> jurisdictions) {
        ModelSpec model = new ModelSpec("model under review", trainsItself ? "internal" : "huggingface", MODEL, "main",
                "apache-2.0", null, null, List.of(), datasets);
        return new ModelRequest(UUID.fromString("00000000-0000-0000-0000-000000000001"), "alice", Instant.EPOCH, model,
                new IntendedUse(activities, jurisdictions, null, null, "test"));
    }

    static Lineage lineage(List<Lineage.DatasetRef> datasets) {
        return new Lineage(MODEL, "Apache-2.0", "request", List.of(), datasets);
    }
}
