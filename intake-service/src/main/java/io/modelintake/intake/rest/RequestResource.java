package io.modelintake.intake.rest;

import io.modelintake.contracts.ModelRequest;
import io.modelintake.contracts.RequestStatus;
import io.modelintake.contracts.RequestSubmission;
import io.modelintake.contracts.Roles;
import io.modelintake.intake.config.IntakeConfig;
import io.modelintake.platform.rest.Page;
import io.modelintake.intake.mapping.RequestMapping;
import io.modelintake.contracts.RequestSummary;
import io.modelintake.contracts.RequestView;
import io.modelintake.intake.persistence.ModelRequestEntity;
import io.modelintake.intake.persistence.TimelineEntryEntity;
import io.modelintake.intake.service.RequestRegistration;
import io.modelintake.platform.problem.ProblemException;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;

/** The engineer-facing API of API.md: submit a request and follow it. */
@Path("/api/requests")
@Produces(MediaType.APPLICATION_JSON)
public class RequestResource {

    private final RequestRegistration registration;
    private final RequestMapping mapping;
    private final SecurityIdentity identity;
    private final IntakeConfig config;

    public RequestResource(RequestRegistration registration, RequestMapping mapping, SecurityIdentity identity,
            IntakeConfig config) {
        this.registration = registration;
        this.mapping = mapping;
        this.identity = identity;
        this.config = config;
    }

    @POST
    @RolesAllowed(Roles.ENGINEER)
    public Response submit(@NotNull(message = "a JSON body is required") @Valid RequestSubmission body, UriInfo uri) {
        ModelRequest request = registration.register(identity.getPrincipal().getName(), body.model(), body.intendedUse());
        return Response.accepted(Map.of("id", request.id(), "status", RequestStatus.SUBMITTED))
                .location(uri.getBaseUriBuilder().path("api/requests").path(request.id().toString()).build())
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ENGINEER, Roles.OFFICER, Roles.AUDITOR})
    public RequestView get(@PathParam("id") UUID id) {
        ModelRequestEntity entity = ModelRequestEntity.<ModelRequestEntity>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("no request " + id));
        if (!readsAll() && !entity.requester.equals(identity.getPrincipal().getName())) {
            throw ProblemException.forbidden("engineers read only their own requests");
        }
        return mapping.view(entity, TimelineEntryEntity.of(id));
    }

    @GET
    @RolesAllowed({Roles.ENGINEER, Roles.OFFICER, Roles.AUDITOR})
    public Page<RequestSummary> list(@QueryParam("mine") boolean mine, @QueryParam("status") RequestStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(1000) int size) {
        int pageSize = Math.min(size, config.maxPageSize());
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (mine || !readsAll()) {
            query.append(" and requester = :requester");
            parameters.and("requester", identity.getPrincipal().getName());
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        var found = ModelRequestEntity.<ModelRequestEntity>find(query.toString(), Sort.descending("submittedAt"), parameters);
        return new Page<>(found.page(page, pageSize).list().stream().map(mapping::summary).toList(),
                page, pageSize, found.count());
    }

    private boolean readsAll() {
        return identity.hasRole(Roles.OFFICER) || identity.hasRole(Roles.AUDITOR);
    }
}
