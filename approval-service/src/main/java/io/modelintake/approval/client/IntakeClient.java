package io.modelintake.approval.client;

import io.modelintake.contracts.RequestSummary;
import io.modelintake.contracts.RequestView;
import io.modelintake.contracts.RequestSubmission;
import io.modelintake.platform.rest.Page;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * intake-service's engineer API (API.md, Submit and Follow). Every call carries the signed-in user's access
 * token: intake-service decides what the user may see and records them as the requester.
 */
@RegisterRestClient(configKey = "intake")
@Path("/api/requests")
@Produces(MediaType.APPLICATION_JSON)
public interface IntakeClient {

    @GET
    Page<RequestSummary> list(@HeaderParam("Authorization") String bearer, @QueryParam("mine") boolean mine,
            @QueryParam("size") int size);

    @GET
    @Path("{id}")
    RequestView get(@HeaderParam("Authorization") String bearer, @PathParam("id") UUID id);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Response submit(@HeaderParam("Authorization") String bearer, RequestSubmission submission);
}
