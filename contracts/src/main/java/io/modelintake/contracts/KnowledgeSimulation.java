package io.modelintake.contracts;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * The dry run of candidate knowledge (issue 15): approval-service hands license-service or dataset-registry the
 * requests a candidate may touch, as they were last assessed, with the candidate entries; the service answers
 * the findings each request gets from the knowledge in use and from the candidate, evaluated alike and stored
 * nowhere, so that the difference between the two is the candidate's alone.
 */
public final class KnowledgeSimulation {

    private KnowledgeSimulation() {
    }

    /** A request as last assessed: what was asked and the lineage license-service resolved for it. */
    public record Assessed(@NotNull ModelRequest request, @NotNull Lineage lineage) {
    }

    /** The findings of one request from the knowledge in use ({@code before}) and from the candidate ({@code after}). */
    public record Result(UUID requestId, List<Finding> before, List<Finding> after) {

        public Result {
            before = before == null ? List.of() : List.copyOf(before);
            after = after == null ? List.of() : List.copyOf(after);
        }
    }

    /** The answer: the versions compared and a result per request handed in, in order. */
    public record Answer(String knowledgeVersion, String candidateVersion, List<Result> requests) {

        public Answer {
            requests = requests == null ? List.of() : List.copyOf(requests);
        }
    }
}
