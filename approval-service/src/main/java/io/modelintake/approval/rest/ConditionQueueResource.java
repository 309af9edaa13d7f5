package io.modelintake.approval.rest;

import io.modelintake.approval.conditions.ConditionFollowUp;
import io.modelintake.approval.conditions.ConditionView;
import io.modelintake.contracts.Roles;
import io.modelintake.platform.rest.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Conditions across requests for officers and auditors (issue 15): {@code ?overdue=true} lists those past due. */
@Path("/api/conditions")
@Produces(MediaType.APPLICATION_JSON)
public class ConditionQueueResource {

    private final ConditionFollowUp followUp;

    public ConditionQueueResource(ConditionFollowUp followUp) {
        this.followUp = followUp;
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    public Page<ConditionView> search(@QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @QueryParam("owner") @Size(max = 255) String owner,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return followUp.search(overdue, owner, page, size);
    }
}
