package io.modelintake.approval.ui;

import io.modelintake.approval.notification.UserInbox;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The unread count beside "Inbox" in every page's navigation ({@code inject:inbox.unread} in the layout). */
@Named("inbox")
@RequestScoped
public class InboxBadge {

    private final UserInbox inbox;
    private final SecurityIdentity identity;
    private Long unread;

    public InboxBadge(UserInbox inbox, SecurityIdentity identity) {
        this.inbox = inbox;
        this.identity = identity;
    }

    public long unread() {
        if (unread == null) {
            unread = identity.isAnonymous() ? 0 : inbox.unread(identity.getPrincipal().getName());
        }
        return unread;
    }
}
