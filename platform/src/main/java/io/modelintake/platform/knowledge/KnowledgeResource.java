package io.modelintake.platform.knowledge;

import io.modelintake.contracts.Roles;
import io.modelintake.platform.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;

/**
 * The REST shape of curated knowledge (API.md, Knowledge): {@code GET {path}/{id}}, where an alias resolves to its
 * entry, for every role, and {@code PUT {path}/{id}} for compliance officers, validated as the bundled files are and
 * recorded as a decision. A service's subclass names the path (in {@code @Path} and to the constructor) and adds
 * its list with its own filters; other endpoints under the same path can live in classes of their own.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class KnowledgeResource<E, S> {

    /** Set on the answer of a curation that was only a dry run. */
    public static final String DRY_RUN_HEADER = "X-Dry-Run";

    private final KnowledgeService<E, S> knowledge;
    private final String path;
    private final String noun;
    private final SecurityIdentity identity;
    private final Clock clock;

    /**
     * @param path the subclass's {@code @Path}, e.g. {@code /api/licenses}: the canonical location of every entry
     * @param noun what one entry is called in an answer, e.g. {@code licence}
     */
    protected KnowledgeResource(KnowledgeService<E, S> knowledge, String path, String noun, SecurityIdentity identity,
            Clock clock) {
        this.knowledge = knowledge;
        this.path = path;
        this.noun = noun;
        this.identity = identity;
        this.clock = clock;
    }

    /** An entry by id or any alias; {@code Content-Location} names its canonical id. */
    @GET
    @Path("{id: .+}")
    @RolesAllowed({Roles.ENGINEER, Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public Response get(@PathParam("id") String id) {
        return answer(knowledge.find(id)
                .orElseThrow(() -> ProblemException.notFound("no " + noun + " or alias '" + id + "'")));
    }

    /**
     * An officer's curated version of an entry; validated as the bundled files are, and recorded as a decision. With
     * {@code dryRun=true} it is validated alike and stored nowhere: the answer is the entry with the candidate
     * version and {@code X-Dry-Run: true}; which requests it would change, approval-service's
     * {@code POST /api/policy/simulate} answers for the same entry.
     */
    @PUT
    @Path("{id: .+}")
    @RolesAllowed(Roles.OFFICER)
    public Response put(@PathParam("id") String id, @QueryParam("dryRun") boolean dryRun,
            @NotNull(message = "the entry is required as the JSON body") E entry) {
        KnowledgeResponses.requireCuratable(id, knowledge.idOf(entry), knowledge.checkedOf(entry), clock);
        if (dryRun) {
            return Response.fromResponse(answer(knowledge.dryRun(id, entry))).header(DRY_RUN_HEADER, "true").build();
        }
        try {
            return answer(knowledge.curate(id, entry, identity.getPrincipal().getName()));
        } catch (InvalidKnowledgeException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
    }

    private Response answer(KnowledgeService.Found<E> found) {
        return KnowledgeResponses.entry(found.entry(), path + "/" + found.id(), found.version());
    }
}
