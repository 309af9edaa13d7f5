package io.modelintake.dataset.rest;

import io.modelintake.contracts.KnowledgeSimulation;
import io.modelintake.contracts.KnowledgeSimulation.Assessed;
import io.modelintake.contracts.Roles;
import io.modelintake.dataset.knowledge.DataSourceEntry;
import io.modelintake.dataset.knowledge.DatasetEntry;
import io.modelintake.dataset.service.DatasetAssessment;
import io.modelintake.dataset.service.DatasetKnowledgeService;
import io.modelintake.platform.knowledge.KnowledgeService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The dry run of candidate datasets and data sources for approval-service's {@code POST /api/policy/simulate}: the
 * findings the requests handed in get from the knowledge in use and from the candidates (a dataset in the form
 * {@code PUT /api/datasets/{id}} takes, validated alike), stored nowhere. Officers, and auditors who read everything.
 */
@Path("/api/datasets/simulate")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DatasetSimulationResource {

    /** Candidate datasets and data sources (either may be empty) and the requests, as last assessed. */
    public record Body(@Size(max = 100) List<DatasetEntry> datasets, @Size(max = 100) List<DataSourceEntry> dataSources,
            @NotNull @Size(max = 1000) List<@NotNull Assessed> requests) {
    }

    private final DatasetKnowledgeService knowledge;
    private final DatasetAssessment assessment;
    private final Clock clock;

    public DatasetSimulationResource(DatasetKnowledgeService knowledge, DatasetAssessment assessment, Clock clock) {
        this.knowledge = knowledge;
        this.assessment = assessment;
        this.clock = clock;
    }

    @POST
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    public KnowledgeSimulation.Answer simulate(@NotNull(message = "a JSON body is required") @Valid Body body) {
        List<KnowledgeService.Candidate<?>> candidates = new ArrayList<>();
        candidates.addAll(knowledge.candidates("datasets", body.datasets() == null ? List.of() : body.datasets(), clock));
        candidates.addAll(knowledge.sourceCandidates("dataSources",
                body.dataSources() == null ? List.of() : body.dataSources(), clock));
        return assessment.simulate(candidates, body.requests());
    }
}
