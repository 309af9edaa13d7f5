package io.modelintake.dataset.rest;

import io.modelintake.contracts.Roles;
import io.modelintake.dataset.knowledge.ContentFlag;
import io.modelintake.dataset.knowledge.DataSourceEntry;
import io.modelintake.dataset.knowledge.DatasetEntry;
import io.modelintake.dataset.knowledge.DatasetStatus;
import io.modelintake.dataset.knowledge.KnowledgeValidationException;
import io.modelintake.dataset.service.DatasetKnowledgeService;
import io.modelintake.platform.knowledge.KnowledgeResponses;
import io.modelintake.platform.problem.ProblemException;
import io.modelintake.platform.rest.Page;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/** The dataset knowledge (API.md, Knowledge): datasets with their terms and flags, and the data sources behind them. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class DatasetResource {

    private final DatasetKnowledgeService knowledge;
    private final SecurityIdentity identity;
    private final Clock clock;

    public DatasetResource(DatasetKnowledgeService knowledge, SecurityIdentity identity, Clock clock) {
        this.knowledge = knowledge;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @Path("datasets")
    @RolesAllowed({Roles.ENGINEER, Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public Page<DatasetEntry> datasets(@QueryParam("flag") ContentFlag flag, @QueryParam("status") DatasetStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        List<DatasetEntry> matching = knowledge.current().datasets().stream()
                .filter(entry -> flag == null || entry.flags().contains(flag))
                .filter(entry -> status == null || entry.status() == status)
                .sorted(Comparator.comparing(DatasetEntry::id, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return Page.slice(matching, page, size);
    }

    /** A dataset by id or any alias (a Hugging Face dataset id, a common name). */
    @GET
    @Path("datasets/{id: .+}")
    @RolesAllowed({Roles.ENGINEER, Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public Response dataset(@PathParam("id") String id) {
        DatasetEntry entry = knowledge.current().dataset(id)
                .orElseThrow(() -> ProblemException.notFound("no dataset or alias '" + id + "'"));
        return KnowledgeResponses.entry(entry, "/api/datasets/" + entry.id(), knowledge.current().version());
    }

    /** An officer's curated version of a dataset; validated as the bundled files are, and recorded as a decision. */
    @PUT
    @Path("datasets/{id: .+}")
    @RolesAllowed(Roles.OFFICER)
    public Response put(@PathParam("id") String id, @NotNull(message = "a dataset entry is required") DatasetEntry entry) {
        KnowledgeResponses.requireCuratable(id, entry.id(), entry.checked(), clock);
        try {
            var snapshot = knowledge.curate(entry, identity.getPrincipal().getName());
            return KnowledgeResponses.entry(snapshot.dataset(id).orElseThrow(), "/api/datasets/" + id, snapshot.version());
        } catch (KnowledgeValidationException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
    }

    @GET
    @Path("sources")
    @RolesAllowed({Roles.ENGINEER, Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public Page<DataSourceEntry> sources(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(500) int size) {
        return Page.slice(knowledge.current().sources().stream()
                .sorted(Comparator.comparing(DataSourceEntry::id)).toList(), page, size);
    }
}
