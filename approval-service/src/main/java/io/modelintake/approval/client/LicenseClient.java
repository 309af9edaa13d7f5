package io.modelintake.approval.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** license-service's licence texts (API.md, Knowledge), read with the caller's own access token. */
@RegisterRestClient(configKey = "licenses")
@Path("/api/licenses")
public interface LicenseClient {

    @GET
    @Path("{id}/text")
    @Produces(MediaType.TEXT_PLAIN)
    String text(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);
}
