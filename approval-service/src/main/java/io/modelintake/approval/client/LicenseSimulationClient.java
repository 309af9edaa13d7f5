package io.modelintake.approval.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelintake.contracts.KnowledgeSimulation;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** license-service's knowledge dry run, called with the caller's own access token. */
@RegisterRestClient(configKey = "licenses")
@Path("/api/licenses/simulate")
public interface LicenseSimulationClient {

    /** Candidate licences and the requests to evaluate with them. */
    record Body(List<JsonNode> licenses, List<KnowledgeSimulation.Assessed> requests) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    KnowledgeSimulation.Answer simulate(@HeaderParam("Authorization") String bearer, Body body);
}
