package io.modelintake.license.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The model cards one evaluation reads, asked for before it: an immutable answer per repo id, so the evaluation
 * can run later (inside a database transaction) without I/O. Made by {@link LicenseEvaluator#gatherCards}.
 */
public final class GatheredModelCards implements ModelCards {

    private final Map<String, ModelCardLookup> answers;

    GatheredModelCards(Map<String, ModelCardLookup> answers) {
        this.answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    /** A repo that was not gathered is never fetched now: it is unreachable, and the evaluation says so. */
    @Override
    public ModelCardLookup find(String repoId) {
        ModelCardLookup answer = answers.get(repoId);
        return answer != null ? answer
                : new ModelCardLookup.Unreachable(repoId, "not among the model cards gathered before the evaluation");
    }

    /** The repo ids asked for, in the order the evaluation asked. */
    public Map<String, ModelCardLookup> answers() {
        return answers;
    }
}
