package io.modelintake.approval.rest;

import io.modelintake.approval.conditions.ConditionFollowUp;
import io.modelintake.approval.conditions.ConditionView;
import io.modelintake.contracts.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/**
 * The conditions of one approval (issue 15): the requester, the conditions' owners, officers and auditors read
 * them; an engineer who owns a condition or made the request marks it met with evidence. Across requests:
 * {@link ConditionQueueResource}.
 */
@Path("/api/approvals/{requestId}/conditions")
@Produces(MediaType.APPLICATION_JSON)
public class ConditionResource {

    private final ConditionFollowUp followUp;
    private final SecurityIdentity identity;

    public ConditionResource(ConditionFollowUp followUp, SecurityIdentity identity) {
        this.followUp = followUp;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.ENGINEER, Roles.OFFICER, Roles.AUDITOR})
    public List<ConditionView> ofRequest(@PathParam("requestId") UUID requestId) {
        return followUp.ofRequest(requestId, identity.getPrincipal().getName(), identity.getRoles());
    }

    @POST
    @Path("{n}/met")
    @RolesAllowed(Roles.ENGINEER)
    public ConditionView met(@PathParam("requestId") UUID requestId, @PathParam("n") @Min(1) @Max(50) int n,
            @NotNull(message = "a JSON body is required") @Valid EvidenceRequest body) {
        return followUp.markMet(requestId, n, identity.getPrincipal().getName(), body.evidence());
    }
}
