package io.modelintake.approval.rest;

import io.modelintake.approval.notification.UserInbox;
import io.modelintake.contracts.Roles;
import io.modelintake.platform.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** The caller's own notifications (every role has an inbox); nobody reads or marks another user's. */
@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ENGINEER, Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN})
public class NotificationResource {

    private final UserInbox inbox;
    private final SecurityIdentity identity;

    public NotificationResource(UserInbox inbox, SecurityIdentity identity) {
        this.inbox = inbox;
        this.identity = identity;
    }

    /** Newest first; {@code unread=true} lists only unread ones; {@code unread} in the answer counts all unread. */
    @GET
    public UserInbox.Listing list(@QueryParam("unread") boolean unreadOnly,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(500) int size) {
        return inbox.list(identity.getPrincipal().getName(), unreadOnly, size);
    }

    @POST
    @Path("{id}/read")
    public UserInbox.Entry markRead(@PathParam("id") UUID id) {
        return inbox.markRead(id, identity.getPrincipal().getName())
                .orElseThrow(() -> ProblemException.notFound("You have no notification " + id + "."));
    }
}
