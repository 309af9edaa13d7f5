package io.modelintake.approval.rest;

import io.modelintake.approval.decision.TaskState;
import io.modelintake.approval.service.ApprovalDesk;
import io.modelintake.approval.service.ApprovalQueries;
import io.modelintake.contracts.RiskTier;
import io.modelintake.contracts.Roles;
import io.modelintake.platform.rest.Page;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** The compliance officers' queue and decisions (API.md, Decide); auditors read, never decide. */
@Path("/api/approvals")
@Produces(MediaType.APPLICATION_JSON)
public class ApprovalResource {

    private final ApprovalQueries queries;
    private final ApprovalDesk desk;
    private final SecurityIdentity identity;

    public ApprovalResource(ApprovalQueries queries, ApprovalDesk desk, SecurityIdentity identity) {
        this.queries = queries;
        this.desk = desk;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    public Page<ApprovalSummary> queue(@QueryParam("status") TaskState status, @QueryParam("tier") RiskTier tier,
            @QueryParam("model") String model, @QueryParam("review") Boolean review,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return queries.list(status, tier, model, review, page, size);
    }

    @GET
    @Path("{requestId}")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    public ApprovalView get(@PathParam("requestId") UUID requestId) {
        return queries.view(requestId);
    }

    @POST
    @Path("{requestId}/decisions")
    @RolesAllowed(Roles.OFFICER)
    public ApprovalView decide(@PathParam("requestId") UUID requestId,
            @NotNull(message = "a JSON body is required") @Valid DecisionRequest body) {
        desk.decide(requestId, identity.getPrincipal().getName(), identity.getRoles(), body.toInput(),
                body.acceptLicensesFor(), body.assignment());
        return queries.view(requestId);
    }
}
