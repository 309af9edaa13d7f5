package io.modelintake.approval.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Knowledge entries the SPDX document describes, read with the caller's own access token (API.md, Knowledge). */
public interface KnowledgeEntryClient {

    /** license-service's known models; {@code repoId} is {@code owner/name}, each part already URL-encoded. */
    @RegisterRestClient(configKey = "licenses")
    @Path("/api/models")
    interface Models {
        @GET
        @Path("{repoId: .+}")
        @Produces(MediaType.APPLICATION_JSON)
        JsonNode model(@HeaderParam("Authorization") String bearer, @Encoded @PathParam("repoId") String repoId);
    }

    /** dataset-registry's datasets, by id or alias. */
    @RegisterRestClient(configKey = "datasets")
    @Path("/api/datasets")
    interface Datasets {
        @GET
        @Path("{id}")
        @Produces(MediaType.APPLICATION_JSON)
        JsonNode dataset(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);
    }
}
