package io.modelintake.approval.rest;

import io.modelintake.approval.service.RequestDocuments;
import io.modelintake.contracts.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.UUID;

/**
 * The BOMs of a request's model, its lineage and the decision (API.md, Audit): CycloneDX 1.6 at {@code /bom}, SPDX
 * 3.0.1 JSON-LD with the AI and Dataset profiles at {@code /spdx}.
 */
@Path("/api/requests/{id}")
public class BomResource {

    public static final String CYCLONEDX_JSON = "application/vnd.cyclonedx+json";
    public static final String SPDX_JSON_LD = "application/ld+json";

    private final RequestDocuments documents;
    private final SecurityIdentity identity;

    public BomResource(RequestDocuments documents, SecurityIdentity identity) {
        this.documents = documents;
        this.identity = identity;
    }

    @GET
    @Path("bom")
    @Produces({CYCLONEDX_JSON, "application/json"})
    @RolesAllowed({Roles.AUDITOR, Roles.OFFICER, Roles.ENGINEER})
    public String bom(@PathParam("id") UUID id) {
        return documents.cycloneDx(id, identity.getPrincipal().getName(), identity.getRoles());
    }

    @GET
    @Path("spdx")
    @Produces({SPDX_JSON_LD, "application/json"})
    @RolesAllowed({Roles.AUDITOR, Roles.OFFICER, Roles.ENGINEER})
    public String spdx(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer) {
        return documents.spdx(id, identity.getPrincipal().getName(), identity.getRoles(), bearer);
    }
}
