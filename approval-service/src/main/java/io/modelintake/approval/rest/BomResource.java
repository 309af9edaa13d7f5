package io.modelintake.approval.rest;

import io.modelintake.approval.bom.BomInput;
import io.modelintake.approval.bom.MlBomBuilder;
import io.modelintake.approval.decision.ApprovalTask;
import io.modelintake.approval.persistence.ApprovalTaskEntity;
import io.modelintake.contracts.Roles;
import io.modelintake.contracts.events.DatasetsAssessed;
import io.modelintake.platform.persistence.JsonColumns;
import io.modelintake.platform.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A CycloneDX 1.6 ML-BOM of a request's model, its lineage and the decision (API.md, Audit). */
@Path("/api/requests/{id}/bom")
public class BomResource {

    public static final String CYCLONEDX_JSON = "application/vnd.cyclonedx+json";

    private final MlBomBuilder builder = new MlBomBuilder();
    private final JsonColumns json;
    private final SecurityIdentity identity;
    private final Clock clock;

    public BomResource(JsonColumns json, SecurityIdentity identity, Clock clock) {
        this.json = json;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @Produces({CYCLONEDX_JSON, "application/json"})
    @RolesAllowed({Roles.AUDITOR, Roles.OFFICER, Roles.ENGINEER})
    public String bom(@PathParam("id") UUID id) {
        ApprovalTaskEntity entity = ApprovalTaskEntity.<ApprovalTaskEntity>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("request " + id + " has not reached approval yet"));
        boolean readsAll = identity.hasRole(Roles.AUDITOR) || identity.hasRole(Roles.OFFICER);
        if (!readsAll && !entity.requester.equals(identity.getPrincipal().getName())) {
            throw ProblemException.forbidden("engineers read only the BOMs of their own requests");
        }
        DatasetsAssessed assessed = json.read(entity.assessed, DatasetsAssessed.class);
        ApprovalTask task = json.read(entity.task, ApprovalTask.class);
        return builder.build(new BomInput(assessed.request(), assessed.lineage(), Optional.of(task.tier()),
                task.toApprovalDecided(), Instant.now(clock)));
    }
}
