package io.modelintake.realm;

import java.util.List;

/**
 * A demo account of API.md; exists only in the local and test realm.
 * Keycloak 26's user profile wants first name, last name and a verified e-mail, or login stops at
 * "account not fully set up".
 */
public record DemoUser(String username, String firstName, String lastName, List<String> realmRoles) {

    public DemoUser {
        realmRoles = List.copyOf(realmRoles);
    }

    public String password() {
        return username + "-pw";
    }

    public String email() {
        return username + "@model-intake.test";
    }
}
