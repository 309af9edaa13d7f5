package io.modelintake.license.rest;

import io.modelintake.contracts.Roles;
import io.modelintake.license.knowledge.ModelEntry;
import io.modelintake.license.service.LicenseKnowledgeService;
import io.modelintake.platform.knowledge.KnowledgeResponses;
import io.modelintake.platform.problem.ProblemException;
import io.modelintake.platform.rest.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;

/** The known-models catalogue: licence, base models and training datasets as the model cards state them. */
@Path("/api/models")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ENGINEER, Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN})
public class ModelResource {

    private final LicenseKnowledgeService knowledge;

    public ModelResource(LicenseKnowledgeService knowledge) {
        this.knowledge = knowledge;
    }

    @GET
    public Page<ModelEntry> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(500) int size) {
        return Page.slice(knowledge.current().models().stream()
                .sorted(Comparator.comparing(ModelEntry::repoId, String.CASE_INSENSITIVE_ORDER)).toList(), page, size);
    }

    /** A model by its Hugging Face repo id ({@code owner/name}). */
    @GET
    @Path("{repoId: .+}")
    public Response get(@PathParam("repoId") String repoId) {
        ModelEntry entry = knowledge.current().model(repoId)
                .orElseThrow(() -> ProblemException.notFound("no known model '" + repoId + "'"));
        return KnowledgeResponses.entry(entry, "/api/models/" + entry.repoId(), knowledge.current().version());
    }
}
