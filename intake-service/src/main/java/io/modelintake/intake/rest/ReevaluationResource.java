package io.modelintake.intake.rest;

import io.modelintake.contracts.Jurisdictions;
import io.modelintake.contracts.Roles;
import io.modelintake.contracts.events.KnowledgeChanged;
import io.modelintake.intake.config.IntakeConfig;
import io.modelintake.intake.mapping.ReevaluationJobView;
import io.modelintake.intake.mapping.ReevaluationMapping;
import io.modelintake.intake.persistence.ReevaluationJobEntity;
import io.modelintake.intake.service.ReevaluationJobs;
import io.modelintake.platform.problem.ProblemException;
import io.modelintake.platform.rest.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Re-evaluation jobs (issue 15): each knowledge change starts one; officers follow them, auditors read them, and an
 * officer can start one by hand over named requests or over what a licence, dataset, model or jurisdiction touches.
 */
@Path("/api/reevaluations")
@Produces(MediaType.APPLICATION_JSON)
public class ReevaluationResource {

    private final ReevaluationJobs jobs;
    private final ReevaluationMapping mapping;
    private final SecurityIdentity identity;
    private final IntakeConfig config;
    private final Clock clock;

    public ReevaluationResource(ReevaluationJobs jobs, ReevaluationMapping mapping, SecurityIdentity identity,
            IntakeConfig config, Clock clock) {
        this.jobs = jobs;
        this.mapping = mapping;
        this.identity = identity;
        this.config = config;
        this.clock = clock;
    }

    /** The jobs, newest first. */
    @GET
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN})
    @Transactional
    public Page<ReevaluationJobView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(1000) int size) {
        int pageSize = Math.min(size, config.maxPageSize());
        var found = ReevaluationJobEntity.<ReevaluationJobEntity>findAll(Sort.descending("startedAt").and("id"));
        return new Page<>(found.page(page, pageSize).list().stream().map(mapping::view).toList(), page, pageSize,
                found.count());
    }

    @GET
    @Path("{jobId}")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN})
    @Transactional
    public ReevaluationJobView get(@PathParam("jobId") UUID jobId) {
        return mapping.view(ReevaluationJobEntity.<ReevaluationJobEntity>findByIdOptional(jobId)
                .orElseThrow(() -> ProblemException.notFound("no re-evaluation job " + jobId)));
    }

    /**
     * An officer's job: {@code requestIds} names the requests, or the licences, datasets, models and jurisdictions
     * name what to re-evaluate as a knowledge change would. Answer: {@code 202 Accepted} with {@code Location}.
     */
    @POST
    @RolesAllowed(Roles.OFFICER)
    @Transactional
    public Response start(@NotNull(message = "a JSON body is required") @Valid Selection body, UriInfo uri) {
        String officer = identity.getPrincipal().getName();
        KnowledgeChanged selection = new KnowledgeChanged("selection", "by-hand", null, null, officer,
                Instant.now(clock), body.licenses(), body.datasets(), body.models(),
                body.jurisdictions().stream().flatMap(code -> Jurisdictions.standard().expand(code).stream()).distinct().toList(),
                false);
        ReevaluationJobEntity job;
        if (!body.requestIds().isEmpty()) {
            if (body.requestIds().size() > config.reevaluation().maxRequestIds()) {
                throw ProblemException.invalid("requestIds", "at most " + config.reevaluation().maxRequestIds() + " requests");
            }
            job = jobs.startFor(body.requestIds(), selection,
                    "re-evaluation of " + body.requestIds().size() + " requests asked by " + officer);
        } else if (selection.licenses().isEmpty() && selection.datasets().isEmpty() && selection.models().isEmpty()
                && selection.jurisdictions().isEmpty()) {
            throw ProblemException.badRequest(
                    "name the requests (requestIds) or what to re-evaluate (licenses, datasets, models, jurisdictions)");
        } else {
            job = jobs.startFor(selection, "re-evaluation of " + body.describe() + " asked by " + officer);
        }
        return Response.accepted(mapping.view(job))
                .location(uri.getBaseUriBuilder().path("api/reevaluations").path(job.id.toString()).build())
                .build();
    }

    /** What an officer asks to re-evaluate. */
    public record Selection(
            @Size(max = 10_000) List<@NotNull UUID> requestIds,
            @Size(max = 100) List<@NotNull @Size(min = 1, max = 255) String> licenses,
            @Size(max = 100) List<@NotNull @Size(min = 1, max = 255) String> datasets,
            @Size(max = 100) List<@NotNull @Size(min = 1, max = 255) String> models,
            @Size(max = 30) List<@NotNull @Pattern(regexp = "[A-Z]{2,}", message = "must be an ISO 3166 alpha-2 code or a group such as EU") String> jurisdictions) {

        public Selection {
            requestIds = requestIds == null ? List.of() : List.copyOf(requestIds);
            licenses = licenses == null ? List.of() : List.copyOf(licenses);
            datasets = datasets == null ? List.of() : List.copyOf(datasets);
            models = models == null ? List.of() : List.copyOf(models);
            jurisdictions = jurisdictions == null ? List.of() : List.copyOf(jurisdictions);
        }

        String describe() {
            List<String> parts = new ArrayList<>();
            if (!licenses.isEmpty()) {
                parts.add("licences " + String.join(", ", licenses));
            }
            if (!datasets.isEmpty()) {
                parts.add("datasets " + String.join(", ", datasets));
            }
            if (!models.isEmpty()) {
                parts.add("models " + String.join(", ", models));
            }
            if (!jurisdictions.isEmpty()) {
                parts.add("jurisdictions " + String.join(", ", jurisdictions));
            }
            return String.join("; ", parts);
        }
    }
}
