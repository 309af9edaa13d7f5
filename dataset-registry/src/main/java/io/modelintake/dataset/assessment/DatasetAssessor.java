package io.modelintake.dataset.assessment;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.IntendedUse;
import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.ModelRequest;
import io.modelintake.contracts.ModelSpec;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.Subject;
import io.modelintake.contracts.SubjectKind;
import io.modelintake.contracts.TermsLayer;
import io.modelintake.contracts.Verdict;
import io.modelintake.dataset.knowledge.DataSourceEntry;
import io.modelintake.dataset.knowledge.DatasetEntry;
import io.modelintake.dataset.knowledge.DatasetSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Assesses the training datasets of a requested model against the dataset knowledge: for each dataset its own
 * terms, the terms of the sources its content came from, its sensitive content and each requested jurisdiction.
 * Each finding rests on the data ({@code restsOn: data}) but the one naming a jurisdiction the knowledge does not
 * cover. A pure function of its inputs: no clock, database or I/O.
 */
public final class DatasetAssessor {

    private final TermsRule terms = new TermsRule();
    private final SensitiveContentRule sensitiveContent = new SensitiveContentRule();
    private final JurisdictionRule jurisdictions = new JurisdictionRule();
    private final WithdrawalRule withdrawal = new WithdrawalRule();

    public List<Finding> assess(ModelRequest request, Lineage lineage, DatasetSnapshot snapshot) {
        ModelSpec model = request.model();
        String modelId = modelId(request, lineage);
        IntendedUse use = request.intendedUse() == null ? new IntendedUse(List.of(), List.of(), null, null, null) : request.intendedUse();
        List<Activity> activities = List.copyOf(new LinkedHashSet<>(use.activities()));
        List<String> requestedJurisdictions = use.jurisdictions().stream().filter(j -> j != null && !j.isBlank())
                .map(j -> j.trim().toUpperCase(Locale.ROOT)).distinct().toList();
        boolean trainsItself = model.isOwnTrainingRun() || activities.contains(Activity.FINE_TUNE);
        Assessment assessment = new Assessment(trainsItself, activities, requestedJurisdictions);

        List<Finding> findings = new ArrayList<>();
        Map<String, ResolvedDataset> known = new LinkedHashMap<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (Lineage.DatasetRef ref : references(lineage, model, modelId)) {
            Optional<DatasetEntry> entry = snapshot.dataset(ref.id());
            if (entry.isPresent()) {
                known.putIfAbsent(entry.get().id(), new ResolvedDataset(entry.get(), ref.id(), ref.namedBy()));
            } else if (unknown.add(ref.id().trim().toLowerCase(Locale.ROOT))) {
                findings.add(notInRegistry(ref));
            }
        }
        if (known.isEmpty() && unknown.isEmpty()) {
            findings.add(provenanceUnknown(modelId));
        }
        for (ResolvedDataset dataset : known.values()) {
            withdrawal.assess(dataset, assessment).ifPresent(findings::add);
            findings.addAll(terms.datasetTerms(dataset, assessment));
            for (String sourceId : dataset.entry().sources()) {
                DataSourceEntry source = snapshot.source(sourceId).orElseThrow();
                findings.addAll(terms.sourceTerms(dataset, source, assessment));
            }
            findings.addAll(sensitiveContent.assess(dataset, assessment));
            findings.addAll(jurisdictions.assess(dataset, assessment, snapshot));
        }
        // Every verdict above rests on the training data's terms, sources and content, never on the code's or the
        // weights' licence (license-service's layers); a jurisdiction the knowledge does not cover rests on no layer.
        List<Finding> assessed = new ArrayList<>(findings.stream().map(f -> f.restingOn(TermsLayer.DATA)).toList());
        assessed.addAll(jurisdictions.uncovered(assessment, snapshot));
        return List.copyOf(assessed);
    }

    private static List<Lineage.DatasetRef> references(Lineage lineage, ModelSpec model, String modelId) {
        List<Lineage.DatasetRef> refs = new ArrayList<>();
        if (lineage != null) {
            lineage.datasets().stream().filter(r -> r.id() != null && !r.id().isBlank())
                    .map(r -> new Lineage.DatasetRef(r.id().trim(), r.namedBy() == null ? modelId : r.namedBy()))
                    .forEach(refs::add);
        }
        model.datasets().stream().filter(id -> id != null && !id.isBlank())
                .map(id -> new Lineage.DatasetRef(id.trim(), modelId)).forEach(refs::add);
        return refs;
    }

    private static String modelId(ModelRequest request, Lineage lineage) {
        if (lineage != null && lineage.modelId() != null) {
            return lineage.modelId();
        }
        ModelSpec model = request.model();
        return model.repoId() != null ? model.repoId() : String.valueOf(model.name());
    }

    private static Finding provenanceUnknown(String modelId) {
        return new Finding("DATASET_PROVENANCE_UNKNOWN", Severity.HIGH, Subject.of(SubjectKind.MODEL, modelId), null, null,
                Verdict.UNSPECIFIED,
                "Provenance unknown: neither the request nor the model's lineage names any training dataset of " + modelId
                        + ", so the terms, sources and personal data behind its weights cannot be assessed.",
                List.of("obtain the model's training-data documentation (model card, data sheet, EU AI Act Art. 53(1)(d) summary) and resubmit with its datasets"),
                List.of(), "DATASET_PROVENANCE_UNKNOWN");
    }

    private static Finding notInRegistry(Lineage.DatasetRef ref) {
        return new Finding("DATASET_NOT_IN_REGISTRY", Severity.HIGH, new Subject(SubjectKind.DATASET, ref.id(), List.of(ref.namedBy(), ref.id())),
                null, null, Verdict.UNSPECIFIED,
                "Provenance unknown: dataset '" + ref.id() + "' (named by " + ref.namedBy() + ") is not in the dataset registry; "
                        + "its terms, sources and sensitive content have not been assessed.",
                List.of("add the dataset to the registry with its terms, sources and checked date, then re-evaluate"),
                List.of(), "DATASET_NOT_IN_REGISTRY");
    }
}
