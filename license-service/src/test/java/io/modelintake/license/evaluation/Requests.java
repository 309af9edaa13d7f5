package io.modelintake.license.evaluation;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.IntendedUse;
import io.modelintake.contracts.ModelRequest;
import io.modelintake.contracts.ModelSpec;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Builds requests for tests: a model by repo id and/or licence, and what the company will do where. */
final class Requests {

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");

    private Requests() {
    }

    static ModelRequest request(String repoId, String license, List<Activity> activities, List<String> jurisdictions,
            Long monthlyActiveUsers, Long annualRevenueUsd) {
        return request(new ModelSpec(repoId == null ? "model" : repoId, repoId == null ? "other" : "huggingface",
                repoId, "main", license, null, null, List.of(), List.of()), activities, jurisdictions,
                monthlyActiveUsers, annualRevenueUsd);
    }

    static ModelRequest request(ModelSpec model, List<Activity> activities, List<String> jurisdictions,
            Long monthlyActiveUsers, Long annualRevenueUsd) {
        return new ModelRequest(ID, "alice", AT, model,
                new IntendedUse(activities, jurisdictions, monthlyActiveUsers, annualRevenueUsd, "test"));
    }
}
