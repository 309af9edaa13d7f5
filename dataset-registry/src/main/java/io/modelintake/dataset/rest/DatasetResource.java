package io.modelintake.dataset.rest;

import io.modelintake.contracts.Roles;
import io.modelintake.dataset.knowledge.ContentFlag;
import io.modelintake.dataset.knowledge.DatasetEntry;
import io.modelintake.dataset.knowledge.DatasetSnapshot;
import io.modelintake.dataset.knowledge.DatasetStatus;
import io.modelintake.dataset.service.DatasetKnowledgeService;
import io.modelintake.platform.knowledge.KnowledgeResource;
import io.modelintake.platform.rest.Page;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/**
 * The dataset knowledge (API.md, Knowledge): a dataset by id or any alias (a Hugging Face dataset id, a common name)
 * and its curation come from {@link KnowledgeResource}; the list filtered by content flag and status is this
 * service's own.
 */
@Path(DatasetResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class DatasetResource extends KnowledgeResource<DatasetEntry, DatasetSnapshot> {

    static final String PATH = "/api/datasets";

    private final DatasetKnowledgeService knowledge;

    public DatasetResource(DatasetKnowledgeService knowledge, SecurityIdentity identity, Clock clock) {
        super(knowledge, PATH, "dataset", identity, clock);
        this.knowledge = knowledge;
    }

    @GET
    @RolesAllowed({Roles.ENGINEER, Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public Page<DatasetEntry> list(@QueryParam("flag") ContentFlag flag, @QueryParam("status") DatasetStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        List<DatasetEntry> matching = knowledge.current().datasets().stream()
                .filter(entry -> flag == null || entry.flags().contains(flag))
                .filter(entry -> status == null || entry.status() == status)
                .sorted(Comparator.comparing(DatasetEntry::id, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return Page.slice(matching, page, size);
    }
}
