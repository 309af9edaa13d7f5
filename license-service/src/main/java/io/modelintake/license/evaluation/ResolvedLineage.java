package io.modelintake.license.evaluation;

import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.ModelRequest;
import io.modelintake.contracts.ModelSpec;
import java.util.List;
import java.util.Locale;

/**
 * What a request's resolution already read, standing in for the Hub, CivitAI and GitHub when the request is evaluated
 * again in a dry run: no remote call at all. Each model card is rebuilt from the resolved lineage (a model's licence,
 * its base models and the datasets it names); the licence the resolution settled on stands as the request's own when
 * the request named none (a CivitAI or GitHub model's came from its source, which is not asked again). The dry run
 * compares two evaluations built alike, with the knowledge in use and with the candidate, so what this rebuilding
 * leaves out (card disagreements, a source's permissions) is left out of both and cancels in the comparison.
 */
public final class ResolvedLineage implements ModelCards {

    private static final String NOT_ASKED = "a dry run reads nothing beyond the lineage resolved before";

    private final Lineage lineage;

    public ResolvedLineage(Lineage lineage) {
        this.lineage = lineage;
    }

    /** The request, with the resolved licence declared when it named none. */
    public ModelRequest request(ModelRequest request) {
        ModelSpec spec = request.model();
        if ((spec.license() != null && !spec.license().isBlank()) || lineage.licenseExpression() == null) {
            return request;
        }
        ModelSpec declared = new ModelSpec(spec.name(), spec.source(), spec.repoId(), spec.revision(),
                lineage.licenseExpression(), null, null, spec.baseModels(), spec.datasets(), spec.sourceRef());
        return new ModelRequest(request.id(), request.requester(), request.submittedAt(), declared, request.intendedUse());
    }

    /** The model's source (CivitAI, GitHub), not asked: null when the model names none. */
    public SourceLookup source(ModelRequest request) {
        return request.model().sourceReference().<SourceLookup>map(ref -> new SourceLookup.Unreachable(ref, NOT_ASKED))
                .orElse(null);
    }

    @Override
    public ModelCardLookup find(String repoId) {
        if (same(repoId, lineage.modelId())) {
            return card(repoId, lineage.licenseExpression(), List.of(lineage.modelId()));
        }
        return lineage.baseModels().stream()
                .filter(base -> same(base.repoId(), repoId))
                .findFirst()
                .<ModelCardLookup>map(base -> card(repoId, base.licenseExpression(), base.path()))
                .orElseGet(() -> new ModelCardLookup.Unreachable(repoId, NOT_ASKED));
    }

    /** The card of the model at the end of {@code path}: the base models one step further along it. */
    private ModelCardLookup card(String repoId, String license, List<String> path) {
        List<String> bases = lineage.baseModels().stream()
                .filter(base -> base.path().size() == path.size() + 1 && base.path().subList(0, path.size()).equals(path))
                .map(Lineage.BaseModel::repoId)
                .toList();
        List<String> datasets = lineage.datasets().stream()
                .filter(dataset -> same(dataset.namedBy(), repoId))
                .map(Lineage.DatasetRef::id)
                .toList();
        return new ModelCardLookup.Found(new ModelCard(repoId, null, license, null, null, bases, datasets, List.of()));
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }
}
