package io.modelintake.license.rest;

import io.modelintake.contracts.Finding;
import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.ModelRequest;
import io.modelintake.contracts.RequestSubmission;
import io.modelintake.contracts.Roles;
import io.modelintake.license.knowledge.KnowledgeException;
import io.modelintake.license.knowledge.LicenseCategory;
import io.modelintake.license.knowledge.LicenseEntry;
import io.modelintake.license.service.LicenseKnowledgeService;
import io.modelintake.license.service.LicenseResolution;
import io.modelintake.platform.knowledge.KnowledgeResponses;
import io.modelintake.platform.problem.ProblemException;
import io.modelintake.platform.rest.Page;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The licence knowledge (API.md, Knowledge) and the engineers' "what if" dry run. */
@Path("/api/licenses")
@Produces(MediaType.APPLICATION_JSON)
public class LicenseResource {

    private final LicenseKnowledgeService knowledge;
    private final LicenseResolution resolution;
    private final SecurityIdentity identity;
    private final Clock clock;

    public LicenseResource(LicenseKnowledgeService knowledge, LicenseResolution resolution, SecurityIdentity identity,
            Clock clock) {
        this.knowledge = knowledge;
        this.resolution = resolution;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.ENGINEER, Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public Page<LicenseSummary> list(@QueryParam("category") LicenseCategory category,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        List<LicenseSummary> matching = knowledge.current().licenses().stream()
                .filter(entry -> category == null || entry.category() == category)
                .sorted(Comparator.comparing(LicenseEntry::id, String.CASE_INSENSITIVE_ORDER))
                .map(LicenseSummary::of)
                .toList();
        return Page.slice(matching, page, size);
    }

    /** A licence by SPDX id, {@code LicenseRef-} or any alias (e.g. a Hugging Face tag). */
    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ENGINEER, Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public Response get(@PathParam("id") String id) {
        LicenseEntry entry = knowledge.current().license(id)
                .orElseThrow(() -> ProblemException.notFound("no licence or alias '" + id + "'"));
        return KnowledgeResponses.entry(entry, "/api/licenses/" + entry.id(), knowledge.current().version());
    }

    /** An officer's curated version of a licence; validated as the bundled files are, and recorded as a decision. */
    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.OFFICER)
    public Response put(@PathParam("id") String id, @NotNull(message = "a licence entry is required") LicenseEntry entry) {
        KnowledgeResponses.requireCuratable(id, entry.id(), entry.checked(), clock);
        try {
            var snapshot = knowledge.curate(entry, identity.getPrincipal().getName());
            return KnowledgeResponses.entry(snapshot.license(id).orElseThrow(), "/api/licenses/" + id, snapshot.version());
        } catch (KnowledgeException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
    }

    /** What a request would be told, without filing it. */
    @POST
    @Path("evaluate")
    @RolesAllowed({Roles.ENGINEER, Roles.OFFICER})
    public DryRun evaluate(@NotNull(message = "a JSON body is required") @Valid RequestSubmission body) {
        ModelRequest request = new ModelRequest(UUID.randomUUID(), identity.getPrincipal().getName(), Instant.now(clock),
                body.model(), body.intendedUse());
        LicenseResolution.Evaluated evaluated = resolution.evaluate(request);
        return new DryRun(evaluated.evaluation().lineage(), evaluated.evaluation().findings(), evaluated.knowledgeVersion());
    }

    public record DryRun(Lineage lineage, List<Finding> findings, String knowledgeVersion) {
    }

    public record LicenseSummary(String id, String name, LicenseCategory category, List<String> aliases, String sourceUrl,
            LocalDate checked) {
        static LicenseSummary of(LicenseEntry entry) {
            return new LicenseSummary(entry.id(), entry.name(), entry.category(), entry.aliases(), entry.sourceUrl(),
                    entry.checked());
        }
    }
}
