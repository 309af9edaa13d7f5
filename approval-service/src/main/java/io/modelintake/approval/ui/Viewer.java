package io.modelintake.approval.ui;

import io.modelintake.contracts.Roles;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The signed-in user as the pages see them: the username and realm roles of the session's tokens, and the
 * token that the session's forms must carry back ({@link FormTokens}).
 */
public record Viewer(String name, Set<String> roles, String formToken) {

    public Viewer {
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
    }

    public boolean isOfficer() {
        return roles.contains(Roles.OFFICER);
    }

    public boolean isAuditor() {
        return roles.contains(Roles.AUDITOR);
    }

    public boolean isEngineer() {
        return roles.contains(Roles.ENGINEER);
    }

    /** Officers and auditors read every approval task. */
    public boolean readsQueue() {
        return isOfficer() || isAuditor();
    }

    public boolean isAdmin() {
        return roles.contains(Roles.ADMIN);
    }

    /** Officers, auditors and admins read the company's record of accepted licences. */
    public boolean readsAcceptances() {
        return readsQueue() || isAdmin();
    }

    /** Officers and admins record an acceptance on the company's behalf; auditors only read. */
    public boolean recordsAcceptances() {
        return isOfficer() || isAdmin();
    }

    /** The product's roles the user holds, sorted, for the header. */
    public List<String> productRoles() {
        TreeSet<String> shown = new TreeSet<>(roles);
        shown.retainAll(Set.of(Roles.ENGINEER, Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN));
        return List.copyOf(shown);
    }
}
