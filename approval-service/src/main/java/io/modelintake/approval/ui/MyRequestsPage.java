package io.modelintake.approval.ui;

import io.modelintake.approval.client.IntakeFailure;
import io.modelintake.approval.conditions.ConditionFollowUp;
import io.modelintake.approval.expiry.ApprovalValidity;
import io.modelintake.contracts.RequestSummary;
import io.modelintake.contracts.RequestView;
import io.modelintake.approval.client.IntakeRequests;
import io.modelintake.contracts.Activity;
import io.modelintake.platform.problem.ProblemException;
import io.modelintake.platform.rest.Page;
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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The engineers' pages: their requests and a form to submit a new one. The data is intake-service's; every call
 * carries the user's own access token, so intake-service applies its own rules (an engineer reads only their
 * requests, is recorded as the requester).
 */
@Path("/ui/my")
@Produces(MediaType.TEXT_HTML)
public class MyRequestsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(Viewer viewer, List<RequestSummary> requests, long total,
                FollowUpRows.Mine followUps);

        static native TemplateInstance mineOne(Viewer viewer, RequestView request, List<FindingGroup> groups,
                boolean submitted, List<FollowUpRows.Condition> conditions, int met);

        static native TemplateInstance newRequest(Viewer viewer, NewRequestForm form, List<String> activities,
                FieldErrors errors, String error);
    }

    private final IntakeRequests intake;
    private final Session session;
    private final ApprovalValidity validity;
    private final ConditionFollowUp conditions;

    public MyRequestsPage(IntakeRequests intake, Session session, ApprovalValidity validity,
            ConditionFollowUp conditions) {
        this.intake = intake;
        this.session = session;
        this.validity = validity;
        this.conditions = conditions;
    }

    @GET
    public TemplateInstance mine() {
        Viewer viewer = session.viewer();
        Page<RequestSummary> page = shown(() -> intake.mine(session.accessToken()));
        List<UUID> ids = page.items().stream().map(RequestSummary::id).toList();
        return Templates.mine(viewer, page.items(), page.total(),
                new FollowUpRows.Mine(validity.validUntil(ids), conditions.openCounts(ids)));
    }

    @GET
    @Path("{id}")
    public TemplateInstance one(@PathParam("id") UUID id, @QueryParam("submitted") boolean submitted,
            @QueryParam("met") int met) {
        Viewer viewer = session.viewer();
        RequestView request = shown(() -> intake.get(session.accessToken(), id));
        // intake-service has let this user see the request: its conditions are theirs to see too
        return Templates.mineOne(viewer, request, FindingGroup.group(request.findings()), submitted,
                FollowUpRows.Condition.of(conditions.listOf(id), viewer, request.requester(), request.status()), met);
    }

    /** Marks one condition of the request met with the evidence typed in; the owner or the requester only. */
    @POST
    @Path("{id}/conditions/{n}/met")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response conditionMet(@PathParam("id") UUID id, @PathParam("n") int n, MultivaluedMap<String, String> posted) {
        session.checkFormToken(posted.getFirst(Session.FORM_TOKEN));
        Viewer viewer = session.viewer();
        if (!viewer.isEngineer()) {
            throw new PageException(403, "Engineers only", "The owner of a condition or the requester marks it met.");
        }
        try {
            conditions.markMet(id, n, viewer.name(), posted.getFirst("evidence"));
        } catch (ProblemException refused) {
            throw new PageException(refused.status(), refused.title(), refused.getMessage());
        }
        return Response.seeOther(URI.create("/ui/my/" + id + "?met=" + n + "#conditions")).build();
    }

    @GET
    @Path("new")
    public TemplateInstance blank() {
        return newRequest(session.viewer(), NewRequestForm.empty(), FieldErrors.none(), "");
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(MultivaluedMap<String, String> posted) {
        session.checkFormToken(posted.getFirst(Session.FORM_TOKEN));
        Viewer viewer = session.viewer();
        NewRequestForm form = NewRequestForm.from(posted);
        NewRequestForm.Mapped mapped = form.toSubmission();
        if (mapped.submission().isEmpty()) {
            return Response.status(400).entity(newRequest(viewer, form, mapped.errors(), "")).build();
        }
        try {
            UUID id = intake.submit(session.accessToken(), mapped.submission().get());
            return Response.seeOther(URI.create("/ui/my/" + id + "?submitted=true")).build();
        } catch (IntakeFailure refused) {
            // Field violations are shown beside their fields; the detail only repeats them.
            String detail = refused.violations().isEmpty() ? refused.getMessage() : "";
            return Response.status(refused.status())
                    .entity(newRequest(viewer, form, FieldErrors.of(refused.violations()), detail))
                    .build();
        }
    }

    private static TemplateInstance newRequest(Viewer viewer, NewRequestForm form, FieldErrors errors, String error) {
        return Templates.newRequest(viewer, form, Arrays.stream(Activity.values()).map(Enum::name).toList(), errors,
                error);
    }

    private static String title(int status) {
        return switch (status) {
            case 403 -> "Not your request";
            case 404 -> "No such request";
            default -> status >= 500 ? "intake-service unavailable" : "intake-service refused";
        };
    }

    /** An intake-service refusal (403, 404) or outage becomes this service's error page with its detail. */
    private static <T> T shown(Supplier<T> call) {
        try {
            return call.get();
        } catch (IntakeFailure failure) {
            throw new PageException(failure.status(), title(failure.status()), failure.getMessage());
        }
    }
}
