package io.modelintake.license.rest;

import io.modelintake.contracts.KnowledgeSimulation;
import io.modelintake.contracts.KnowledgeSimulation.Assessed;
import io.modelintake.contracts.Roles;
import io.modelintake.license.knowledge.LicenseEntry;
import io.modelintake.license.service.LicenseKnowledgeService;
import io.modelintake.license.service.LicenseResolution;
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
import java.util.List;

/**
 * The dry run of candidate licences for approval-service's {@code POST /api/policy/simulate}: the findings the
 * requests handed in get from the licences in use and from the candidates (each in the form {@code PUT
 * /api/licenses/{id}} takes, validated alike), stored nowhere. Officers, and auditors who read everything.
 */
@Path("/api/licenses/simulate")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LicenseSimulationResource {

    /** Candidate licences and the requests, as last assessed, to evaluate with them. */
    public record Body(@NotNull @Size(max = 100) List<LicenseEntry> licenses,
            @NotNull @Size(max = 1000) List<@NotNull Assessed> requests) {
    }

    private final LicenseKnowledgeService knowledge;
    private final LicenseResolution resolution;
    private final Clock clock;

    public LicenseSimulationResource(LicenseKnowledgeService knowledge, LicenseResolution resolution, Clock clock) {
        this.knowledge = knowledge;
        this.resolution = resolution;
        this.clock = clock;
    }

    @POST
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    public KnowledgeSimulation.Answer simulate(@NotNull(message = "a JSON body is required") @Valid Body body) {
        return resolution.simulate(knowledge.candidates("licenses", body.licenses(), clock), body.requests());
    }
}
