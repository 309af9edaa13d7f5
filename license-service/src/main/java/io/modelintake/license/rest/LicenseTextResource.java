package io.modelintake.license.rest;

import io.modelintake.contracts.Roles;
import io.modelintake.license.knowledge.LicenseEntry;
import io.modelintake.license.service.LicenseKnowledgeService;
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

/** A licence's text as retrieved, the one its entry's quotes are checked against (API.md, Knowledge). */
@Path("/api/licenses/{id}/text")
public class LicenseTextResource {

    /** Where the texts live on the classpath, beside the licence entries. */
    public static final String TEXTS = "knowledge/texts";

    private final LicenseKnowledgeService knowledge;
    private final KnowledgeTexts texts = new KnowledgeTexts(LicenseTextResource.class.getClassLoader(), TEXTS);

    public LicenseTextResource(LicenseKnowledgeService knowledge) {
        this.knowledge = knowledge;
    }

    /** By SPDX id, {@code LicenseRef-} or alias, like {@code GET /api/licenses/{id}}. */
    @GET
    @Produces({MediaType.TEXT_PLAIN, "application/problem+json"})
    @RolesAllowed({Roles.ENGINEER, Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public Response text(@PathParam("id") String id) {
        LicenseEntry entry = knowledge.current().license(id)
                .orElseThrow(() -> ProblemException.notFound("no licence or alias '" + id + "'"));
        return KnowledgeResponses.text(texts, entry.id(), "licence text", "/api/licenses/" + entry.id() + "/text");
    }
}
