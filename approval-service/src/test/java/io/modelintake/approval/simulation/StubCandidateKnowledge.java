package io.modelintake.approval.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.KnowledgeSimulation;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.Verdict;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.List;

/**
 * license-service and dataset-registry do not run in this module's tests: a candidate licence here turns every
 * finding on it into a PROHIBITED blocker, as a candidate that forbids every activity would, and records what it
 * was handed.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class StubCandidateKnowledge implements CandidateKnowledge {

    private volatile List<KnowledgeSimulation.Assessed> handed = List.of();

    /** The requests the last call was handed. */
    public List<KnowledgeSimulation.Assessed> handed() {
        return handed;
    }

    @Override
    public KnowledgeSimulation.Answer licenses(List<JsonNode> licenses, List<KnowledgeSimulation.Assessed> requests,
            String bearer) {
        handed = requests;
        String id = licenses.get(0).path("id").asText();
        return new KnowledgeSimulation.Answer("licenses-r1", "licenses-r1+candidate", requests.stream()
                .map(assessed -> {
                    List<Finding> before = findingsOn(assessed.request().id(), id);
                    return new KnowledgeSimulation.Result(assessed.request().id(), before,
                            before.stream().map(StubCandidateKnowledge::prohibited).toList());
                }).toList());
    }

    @Override
    public KnowledgeSimulation.Answer datasets(List<JsonNode> datasets, List<JsonNode> dataSources,
            List<KnowledgeSimulation.Assessed> requests, String bearer) {
        handed = requests;
        return new KnowledgeSimulation.Answer("datasets-r1", "datasets-r1+candidate", requests.stream()
                .map(assessed -> new KnowledgeSimulation.Result(assessed.request().id(), List.of(), List.of())).toList());
    }

    // The findings the evaluation in use gives: the ones recorded on that licence (the tests record them so).
    private static List<Finding> findingsOn(java.util.UUID requestId, String licence) {
        return PolicySimulationResourceTests.RECORDED.getOrDefault(requestId, List.of()).stream()
                .filter(finding -> finding.subject().id().equals(licence)).toList();
    }

    private static Finding prohibited(Finding finding) {
        return new Finding(finding.code(), Severity.BLOCKER, finding.subject(), finding.activity(), finding.jurisdiction(),
                Verdict.PROHIBITED, "the candidate prohibits it", List.of(), finding.citations(), finding.ruleId());
    }
}
