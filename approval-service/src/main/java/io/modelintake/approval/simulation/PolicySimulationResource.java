package io.modelintake.approval.simulation;

import io.modelintake.contracts.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /api/policy/simulate}: which existing requests candidate knowledge and/or a candidate risk policy would
 * change, changing nothing. Compliance officers, and auditors, since it only reads.
 */
@Path("/api/policy/simulate")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PolicySimulationResource {

    private final PolicySimulation simulation;

    public PolicySimulationResource(PolicySimulation simulation) {
        this.simulation = simulation;
    }

    @POST
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    public SimulationReport simulate(@NotNull(message = "a JSON body is required") @Valid SimulationBody body,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer) {
        return simulation.simulate(body, bearer);
    }
}
