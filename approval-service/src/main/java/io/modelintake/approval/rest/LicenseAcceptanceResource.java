package io.modelintake.approval.rest;

import io.modelintake.approval.acceptance.LicenseAcceptance;
import io.modelintake.approval.service.LicenseAcceptances;
import io.modelintake.contracts.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * The company's record of accepted licences (README, License acceptances): intake-admins and compliance officers
 * record an acceptance on behalf of a company entity; officers, auditors and admins read the record.
 */
@Path("/api/license-acceptances")
@Produces(MediaType.APPLICATION_JSON)
public class LicenseAcceptanceResource {

    private final LicenseAcceptances acceptances;
    private final SecurityIdentity identity;

    public LicenseAcceptanceResource(LicenseAcceptances acceptances, SecurityIdentity identity) {
        this.acceptances = acceptances;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public List<LicenseAcceptance> list() {
        return acceptances.list();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public LicenseAcceptance get(@PathParam("id") UUID id) {
        return acceptances.find(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public Response record(@NotNull(message = "a JSON body is required") @Valid AcceptanceRequest body) {
        LicenseAcceptance recorded = acceptances.recordAsked(body.licenseId(), body.licenseName(), body.textSha256(),
                body.entity().strip(), body.models(), body.requestId(), body.note(), identity.getPrincipal().getName());
        return Response.created(URI.create("/api/license-acceptances/" + recorded.id())).entity(recorded).build();
    }
}
