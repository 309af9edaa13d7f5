package io.modelintake.license.rest;

import io.modelintake.contracts.Finding;
import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.ModelRequest;
import io.modelintake.contracts.RequestSubmission;
import io.modelintake.contracts.Roles;
import io.modelintake.license.knowledge.KnowledgeSnapshot;
import io.modelintake.license.knowledge.LicenseCategory;
import io.modelintake.license.knowledge.LicenseEntry;
import io.modelintake.license.service.LicenseKnowledgeService;
import io.modelintake.license.service.LicenseResolution;
import io.modelintake.platform.knowledge.KnowledgeResource;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The licence knowledge (API.md, Knowledge): a licence by SPDX id, {@code LicenseRef-} or any alias (e.g. a Hugging
 * Face tag) and its curation come from {@link KnowledgeResource}; the list by category and the engineers' "what if"
 * dry run are this service's own.
 */
@Path(LicenseResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class LicenseResource extends KnowledgeResource<LicenseEntry, KnowledgeSnapshot> {

    static final String PATH = "/api/licenses";

    private final LicenseKnowledgeService knowledge;
    private final LicenseResolution resolution;
    private final SecurityIdentity identity;
    private final Clock clock;

    public LicenseResource(LicenseKnowledgeService knowledge, LicenseResolution resolution, SecurityIdentity identity,
            Clock clock) {
        super(knowledge, PATH, "licence", identity, clock);
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
