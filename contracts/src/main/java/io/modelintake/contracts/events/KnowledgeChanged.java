package io.modelintake.contracts.events;

import io.modelintake.contracts.IntendedUse;
import io.modelintake.contracts.Lineage;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code modelintake.knowledge.changed.v1}: an entry a decision may rest on changed — a curated licence, addendum,
 * model, dataset, data source or jurisdiction note, a model card whose licence or base models moved at its source, or
 * the risk policy's version. The owning service names what the change touches, so that intake-service can find the
 * affected requests without knowing the knowledge: a request is affected when its lineage names one of
 * {@code licenses}, {@code datasets} or {@code models}, or its intended use names one of {@code jurisdictions}, or
 * when {@code everyRequest} is set (a new risk policy).
 *
 * @param kind what changed, e.g. {@code license}, {@code dataset}, {@code data-source}, {@code model-card},
 *     {@code risk-policy}
 * @param id the changed entry's id
 * @param versionBefore the knowledge (or policy) version before the change
 * @param versionAfter the version after it
 * @param actor who changed it: a user name, or the service that noticed the change
 */
public record KnowledgeChanged(
        String kind,
        String id,
        String versionBefore,
        String versionAfter,
        String actor,
        Instant changedAt,
        List<String> licenses,
        List<String> datasets,
        List<String> models,
        List<String> jurisdictions,
        boolean everyRequest) {

    public KnowledgeChanged {
        licenses = licenses == null ? List.of() : List.copyOf(licenses);
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
        models = models == null ? List.of() : List.copyOf(models);
        jurisdictions = jurisdictions == null ? List.of() : List.copyOf(jurisdictions);
    }

    /**
     * Whether a request with this lineage and intended use rests on the change. Ids compare without regard to case, as
     * Hub repo ids and licence ids do; a request not yet resolved (no lineage) is touched only by its jurisdictions.
     */
    public boolean touches(Lineage lineage, IntendedUse use) {
        if (everyRequest) {
            return true;
        }
        if (use != null && use.jurisdictions().stream().anyMatch(code -> contains(jurisdictions, code))) {
            return true;
        }
        if (lineage == null) {
            return false;
        }
        return Stream.concat(Stream.of(lineage.modelId()), lineage.baseModels().stream().map(Lineage.BaseModel::repoId))
                        .anyMatch(model -> contains(models, model))
                || lineage.datasets().stream().anyMatch(dataset -> contains(datasets, dataset.id()))
                || lineage.licenses().stream().anyMatch(license -> contains(licenses, license.id()));
    }

    private static boolean contains(List<String> ids, String id) {
        return id != null && ids.stream().anyMatch(candidate -> candidate.toLowerCase(Locale.ROOT).equals(id.toLowerCase(Locale.ROOT)));
    }

    /** In words, for a re-evaluation's trigger: "licence llama3.1 changed by bob (3f2a+r4 → 3f2a+r5)". */
    public String describe() {
        return kind + " " + id + " changed by " + actor + " (" + versionBefore + " → " + versionAfter + ")";
    }
}
