package io.modelintake.approval.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelintake.approval.simulation.CandidateKnowledge;
import io.modelintake.contracts.KnowledgeSimulation;
import io.modelintake.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * {@link CandidateKnowledge} over REST: license-service and dataset-registry, with the caller's token. Their refusal
 * of a candidate (400, naming the entry) is the caller's 400; a refusal of the caller is a 403; a service that does not
 * answer is a 502, never a 500.
 */
@ApplicationScoped
public class KnowledgeServices implements CandidateKnowledge {

    private final LicenseSimulationClient licenses;
    private final DatasetSimulationClient datasets;
    private final ObjectMapper mapper;

    public KnowledgeServices(@RestClient LicenseSimulationClient licenses, @RestClient DatasetSimulationClient datasets,
            ObjectMapper mapper) {
        this.licenses = licenses;
        this.datasets = datasets;
        this.mapper = mapper;
    }

    @Override
    public KnowledgeSimulation.Answer licenses(List<JsonNode> entries, List<KnowledgeSimulation.Assessed> requests,
            String bearer) {
        return ask("license-service", () -> licenses.simulate(bearer, new LicenseSimulationClient.Body(entries, requests)));
    }

    @Override
    public KnowledgeSimulation.Answer datasets(List<JsonNode> entries, List<JsonNode> dataSources,
            List<KnowledgeSimulation.Assessed> requests, String bearer) {
        return ask("dataset-registry",
                () -> datasets.simulate(bearer, new DatasetSimulationClient.Body(entries, dataSources, requests)));
    }

    private KnowledgeSimulation.Answer ask(String service, Supplier<KnowledgeSimulation.Answer> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String detail = service + ": " + detail(e);
            if (status == 400) {
                throw ProblemException.badRequest(detail);
            }
            if (status == 401 || status == 403) {
                throw ProblemException.forbidden(detail);
            }
            throw new ProblemException(502, "Bad gateway", detail);
        } catch (RuntimeException e) {
            throw new ProblemException(502, "Bad gateway", service + " did not answer: " + e.getMessage());
        }
    }

    /** The problem's detail (and the fields it names) as the service gave it, else the status. */
    private String detail(WebApplicationException e) {
        try {
            JsonNode problem = mapper.readTree(e.getResponse().readEntity(String.class));
            StringBuilder detail = new StringBuilder(problem.path("detail").asText(problem.path("title").asText("")));
            problem.path("violations").forEach(violation -> detail.append("; ").append(violation.path("field").asText())
                    .append(": ").append(violation.path("message").asText()));
            return detail.toString();
        } catch (Exception unreadable) {
            return "answered " + e.getResponse().getStatus();
        }
    }
}
