package io.modelintake.dataset.rest;

import io.modelintake.contracts.Roles;
import io.modelintake.dataset.knowledge.DatasetEntry;
import io.modelintake.dataset.service.DatasetKnowledgeService;
import io.modelintake.platform.knowledge.KnowledgeResponses;
import io.modelintake.platform.knowledge.KnowledgeTexts;
import io.modelintake.platform.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A dataset's terms page as retrieved, the one its entry's quotes are checked against (API.md, Knowledge). */
@Path("/api/datasets/{id: .+}/terms")
public class DatasetTermsResource {

    /** Where the terms live on the classpath, beside the dataset entries. */
    public static final String TERMS = "knowledge/terms";

    private final DatasetKnowledgeService knowledge;
    private final KnowledgeTexts terms = new KnowledgeTexts(DatasetTermsResource.class.getClassLoader(), TERMS);

    public DatasetTermsResource(DatasetKnowledgeService knowledge) {
        this.knowledge = knowledge;
    }

    /** By id or alias (a Hugging Face dataset id such as {@code ILSVRC/imagenet-1k}), like {@code GET /api/datasets/{id}}. */
    @GET
    @Produces({MediaType.TEXT_PLAIN, "application/problem+json"})
    @RolesAllowed({Roles.ENGINEER, Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public Response terms(@PathParam("id") String id) {
        DatasetEntry entry = knowledge.current().dataset(id)
                .orElseThrow(() -> ProblemException.notFound("no dataset or alias '" + id + "'"));
        return KnowledgeResponses.text(terms, entry.id(), "terms text", "/api/datasets/" + entry.id() + "/terms");
    }
}
