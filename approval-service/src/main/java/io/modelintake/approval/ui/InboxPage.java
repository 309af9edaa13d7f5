package io.modelintake.approval.ui;

import io.modelintake.approval.notification.UserInbox;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;

/** The signed-in user's inbox (every role has one): notifications newest first, each marked read by a form. */
@Path("/ui/inbox")
@Produces(MediaType.TEXT_HTML)
public class InboxPage {

    /** The most entries the page lists. */
    private static final int SHOWN = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(Viewer viewer, UserInbox.Listing inbox);
    }

    private final UserInbox inbox;
    private final Session session;

    public InboxPage(UserInbox inbox, Session session) {
        this.inbox = inbox;
        this.session = session;
    }

    @GET
    public TemplateInstance show() {
        Viewer viewer = session.viewer();
        return Templates.inbox(viewer, inbox.list(viewer.name(), false, SHOWN));
    }

    @POST
    @Path("{id}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markRead(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        session.checkFormToken(posted.getFirst(Session.FORM_TOKEN));
        if (inbox.markRead(id, session.viewer().name()).isEmpty()) {
            throw new PageException(404, "No such notification", "Your inbox has no notification " + id + ".");
        }
        return Response.seeOther(URI.create("/ui/inbox")).build();
    }
}
