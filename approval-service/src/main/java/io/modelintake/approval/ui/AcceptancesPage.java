package io.modelintake.approval.ui;

import io.modelintake.approval.acceptance.LicenseAcceptance;
import io.modelintake.approval.service.LicenseAcceptances;
import io.modelintake.platform.problem.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The company's record of accepted licences: every acceptance (officers, auditors, admins) and, for officers and
 * admins, the form that records one on behalf of a company entity. Opened from a request's click-through licence,
 * the form is filled with that licence and text, and the acceptance is checked against the request's lineage.
 */
@Path("/ui/license-acceptances")
@Produces(MediaType.TEXT_HTML)
public class AcceptancesPage {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** The form's fields as typed, to show again after a refusal. */
    public record Form(String requestId, String licenseId, String textSha256, String entity, String models,
            String note) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance acceptances(Viewer viewer, List<LicenseAcceptance> acceptances, Form form,
                String error, boolean recorded);
    }

    private final LicenseAcceptances acceptances;
    private final Session session;

    public AcceptancesPage(LicenseAcceptances acceptances, Session session) {
        this.acceptances = acceptances;
        this.session = session;
    }

    @GET
    public TemplateInstance show(@QueryParam("requestId") String requestId, @QueryParam("licenseId") String licenseId,
            @QueryParam("textSha256") String textSha256, @QueryParam("recorded") boolean recorded) {
        Viewer viewer = reader();
        Form form = new Form(blankIfNull(requestId), blankIfNull(licenseId), blankIfNull(textSha256), "", "", "");
        return Templates.acceptances(viewer, acceptances.list(), form, "", recorded);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(MultivaluedMap<String, String> posted) {
        session.checkFormToken(posted.getFirst(Session.FORM_TOKEN));
        Viewer viewer = reader();
        if (!viewer.recordsAcceptances()) {
            throw new PageException(403, "Officers and admins only",
                    "Only compliance officers and intake-admins record an acceptance on the company's behalf.");
        }
        Form form = new Form(field(posted, "requestId"), field(posted, "licenseId"), field(posted, "textSha256"),
                field(posted, "entity"), field(posted, "models"), field(posted, "note"));
        try {
            record(form, viewer.name());
        } catch (ProblemException refused) {
            return Response.status(refused.status()).entity(Templates.acceptances(viewer, acceptances.list(), form,
                    refused.title() + ": " + refused.getMessage(), false)).build();
        }
        return Response.seeOther(URI.create("/ui/license-acceptances?recorded=true")).build();
    }

    private void record(Form form, String actor) {
        if (form.licenseId().isEmpty() || form.licenseId().length() > 255) {
            throw ProblemException.invalid("licenseId", "name the licence (its SPDX id or LicenseRef-)");
        }
        if (form.entity().isEmpty() || form.entity().length() > 255) {
            throw ProblemException.invalid("entity", "name the company entity on whose behalf the licence is accepted");
        }
        String sha256 = form.textSha256().isEmpty() ? null : form.textSha256();
        if (sha256 != null && !SHA256.matcher(sha256).matches()) {
            throw ProblemException.invalid("textSha256", "must be the SHA-256 of the licence text, 64 lower-case hex digits");
        }
        List<String> models = Arrays.stream(form.models().split("[,\\n]")).map(String::strip)
                .filter(model -> !model.isEmpty()).toList();
        UUID requestId = null;
        if (!form.requestId().isEmpty()) {
            try {
                requestId = UUID.fromString(form.requestId());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("requestId", "not a request id");
            }
        }
        acceptances.recordAsked(form.licenseId(), null, sha256, form.entity(), models, requestId,
                form.note().isEmpty() ? null : form.note(), actor);
    }

    private Viewer reader() {
        Viewer viewer = session.viewer();
        if (!viewer.readsAcceptances()) {
            throw new PageException(403, "Officers, auditors and admins only",
                    "The company's record of accepted licences is for compliance officers, auditors and intake-admins.");
        }
        return viewer;
    }

    private static String field(MultivaluedMap<String, String> posted, String name) {
        String value = posted.getFirst(name);
        return value == null ? "" : value.strip();
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value.strip();
    }
}
