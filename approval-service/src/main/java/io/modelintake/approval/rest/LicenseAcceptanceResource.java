package io.modelintake.approval.rest;

import io.modelintake.approval.acceptance.LicenseAcceptance;
import io.modelintake.approval.service.ApprovalQueries;
import io.modelintake.approval.service.LicenseAcceptances;
import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.Roles;
import io.modelintake.platform.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The company's record of accepted licences (README, License acceptances): intake-admins and compliance officers
 * record an acceptance on behalf of a company entity; officers, auditors and admins read the record.
 */
@Path("/api/license-acceptances")
@Produces(MediaType.APPLICATION_JSON)
public class LicenseAcceptanceResource {

    private final LicenseAcceptances acceptances;
    private final ApprovalQueries queries;
    private final SecurityIdentity identity;

    public LicenseAcceptanceResource(LicenseAcceptances acceptances, ApprovalQueries queries,
            SecurityIdentity identity) {
        this.acceptances = acceptances;
        this.queries = queries;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public List<LicenseAcceptance> list() {
        return acceptances.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public Response record(@NotNull(message = "a JSON body is required") @Valid AcceptanceRequest body) {
        String licenseName = body.licenseName();
        List<String> models = body.models() == null ? List.of() : body.models();
        if (body.requestId() != null) {
            // Accepting for a request: the licence and its text must be the ones the request's lineage names.
            ApprovalView view = queries.view(body.requestId());
            Lineage.LicenseTerms licence = view.lineage().licenses().stream()
                    .filter(terms -> terms.id().equals(body.licenseId())).findFirst()
                    .orElseThrow(() -> ProblemException.invalid("licenseId", "request " + body.requestId()
                            + " names no licence " + body.licenseId()));
            if (!Objects.equals(licence.textSha256(), body.textSha256())) {
                throw ProblemException.invalid("textSha256", "the text of " + licence.id() + " in request "
                        + body.requestId() + " has SHA-256 " + licence.textSha256());
            }
            licenseName = licenseName == null ? licence.name() : licenseName;
            if (models.isEmpty()) {
                models = List.of(view.lineage().modelId() != null ? view.lineage().modelId() : view.model().name());
            }
        }
        LicenseAcceptance recorded = acceptances.record(body.licenseId(), licenseName, body.textSha256(),
                body.entity().strip(), models, body.requestId(), body.note(), identity.getPrincipal().getName());
        return Response.created(URI.create("/api/license-acceptances/" + recorded.id())).entity(recorded).build();
    }
}
