package io.modelintake.approval.notification;

import java.util.List;
import java.util.Optional;

/** The realm's users, the only people notified and the only addresses mailed. */
public interface RealmDirectory {

    /** The users holding a realm role. */
    List<RealmUser> withRole(String role);

    /** The user of that username, if the realm has one. */
    Optional<RealmUser> user(String username);
}
