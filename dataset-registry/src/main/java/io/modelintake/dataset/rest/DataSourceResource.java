package io.modelintake.dataset.rest;

import io.modelintake.contracts.Roles;
import io.modelintake.dataset.knowledge.DataSourceEntry;
import io.modelintake.dataset.service.DatasetKnowledgeService;
import io.modelintake.platform.rest.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;

/** The data sources datasets are drawn from (Flickr, Common Crawl, …), with the terms that bind what was taken. */
@Path("/api/sources")
@Produces(MediaType.APPLICATION_JSON)
public class DataSourceResource {

    private final DatasetKnowledgeService knowledge;

    public DataSourceResource(DatasetKnowledgeService knowledge) {
        this.knowledge = knowledge;
    }

    @GET
    @RolesAllowed({Roles.ENGINEER, Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public Page<DataSourceEntry> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(500) int size) {
        return Page.slice(knowledge.current().sources().stream()
                .sorted(Comparator.comparing(DataSourceEntry::id)).toList(), page, size);
    }
}
