package io.modelintake.approval.ui;

import io.modelintake.approval.decision.DecisionInput;
import io.modelintake.approval.rest.ApprovalView;
import io.modelintake.approval.service.ApprovalDesk;
import io.modelintake.approval.service.ApprovalQueries;
import io.modelintake.approval.service.RequestDocuments;
import io.modelintake.platform.problem.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * One approval task for officers and auditors: the model and its lineage, the intended use, the findings with
 * their sources, the rules behind the tier, the signatures, and the decision form. A posted decision goes through
 * {@link ApprovalDesk#decide} as the session's user, which enforces every rule; a refusal is shown on the page.
 */
@Path("/ui/requests/{requestId}")
@Produces(MediaType.TEXT_HTML)
public class RequestPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance request(Viewer viewer, ApprovalView view, List<FindingGroup> groups,
                DecisionForm form, String error, boolean decided);
    }

    private final ApprovalQueries queries;
    private final ApprovalDesk desk;
    private final RequestDocuments documents;
    private final Session session;

    public RequestPage(ApprovalQueries queries, ApprovalDesk desk, RequestDocuments documents, Session session) {
        this.queries = queries;
        this.desk = desk;
        this.documents = documents;
        this.session = session;
    }

    /** The CycloneDX ML-BOM, as {@code GET /api/requests/{id}/bom} answers it, for the browser session. */
    @GET
    @Path("bom")
    @Produces("application/vnd.cyclonedx+json")
    public Response cycloneDx(@PathParam("requestId") UUID requestId) {
        Viewer viewer = session.viewer();
        return attachment(() -> documents.cycloneDx(requestId, viewer.name(), viewer.roles()),
                requestId + ".cdx.json");
    }

    /** The SPDX 3.0.1 document; the licence texts are read from license-service with the session's token. */
    @GET
    @Path("spdx")
    @Produces("application/ld+json")
    public Response spdx(@PathParam("requestId") UUID requestId) {
        Viewer viewer = session.viewer();
        String bearer = "Bearer " + session.accessToken();
        return attachment(() -> documents.spdx(requestId, viewer.name(), viewer.roles(), bearer),
                requestId + ".spdx3.json");
    }

    private static Response attachment(java.util.function.Supplier<String> document, String fileName) {
        try {
            return Response.ok(document.get())
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
        } catch (ProblemException refused) {
            throw new PageException(refused.status(), refused.title(), refused.getMessage());
        }
    }

    @GET
    public Response show(@PathParam("requestId") UUID requestId, @QueryParam("decided") boolean decided) {
        Viewer viewer = session.viewer();
        if (!viewer.readsQueue()) {
            if (viewer.isEngineer()) {
                return Response.seeOther(URI.create("/ui/my/" + requestId)).build();
            }
            throw forbidden();
        }
        ApprovalView view = view(requestId);
        return Response.ok(page(viewer, view, DecisionForm.of(view, viewer), "", decided)).build();
    }

    @POST
    @Path("decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("requestId") UUID requestId, MultivaluedMap<String, String> form) {
        session.checkFormToken(form.getFirst(Session.FORM_TOKEN));
        Viewer viewer = session.viewer();
        if (!viewer.readsQueue()) {
            throw forbidden();
        }
        try {
            DecisionInput input = DecisionForm.input(form)
                    .orElseThrow(() -> ProblemException.badRequest("choose a decision"));
            // The identity is the session's, never the form's: ApprovalDesk checks role, requester and signatures.
            desk.decide(requestId, viewer.name(), viewer.roles(), input, form.getFirst("acceptLicensesFor"));
        } catch (ProblemException refused) {
            ApprovalView view = view(requestId);
            DecisionForm again = DecisionForm.of(view, viewer).refilledWith(form);
            return Response.status(refused.status())
                    .entity(page(viewer, view, again, refused.title() + ": " + refused.getMessage(), false))
                    .build();
        }
        // POST-redirect-GET: a reload of the result page does not post the decision again.
        return Response.seeOther(URI.create("/ui/requests/" + requestId + "?decided=true")).build();
    }

    private ApprovalView view(UUID requestId) {
        return queries.find(requestId).orElseThrow(() -> new PageException(404, "No such request",
                "There is no approval task for request " + requestId + "; it may not have been assessed yet."));
    }

    private static TemplateInstance page(Viewer viewer, ApprovalView view, DecisionForm form, String error,
            boolean decided) {
        return Templates.request(viewer, view, FindingGroup.group(view.findings()), form, error, decided);
    }

    private static PageException forbidden() {
        return new PageException(403, "Officers and auditors only",
                "Approval tasks are for compliance officers and auditors; your own requests are under My requests.");
    }
}
