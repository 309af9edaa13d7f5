package io.modelintake.approval.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelintake.contracts.KnowledgeSimulation;
import java.util.List;

/**
 * The services that own the knowledge, asked to evaluate requests with candidate entries without storing them
 * (license-service's {@code POST /api/licenses/simulate}, dataset-registry's {@code POST /api/datasets/simulate}).
 * A candidate they refuse is a 400 problem naming it; a service that cannot answer is a 502.
 */
public interface CandidateKnowledge {

    KnowledgeSimulation.Answer licenses(List<JsonNode> licenses, List<KnowledgeSimulation.Assessed> requests,
            String bearer);

    KnowledgeSimulation.Answer datasets(List<JsonNode> datasets, List<JsonNode> dataSources,
            List<KnowledgeSimulation.Assessed> requests, String bearer);
}
