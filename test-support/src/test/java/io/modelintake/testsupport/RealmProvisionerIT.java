package io.modelintake.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import io.modelintake.realm.Profile;
import io.modelintake.realm.RealmDefinition;
import io.modelintake.realm.RealmProvisioner;
import io.modelintake.realm.RealmSettings;

/**
 * Lives here rather than in realm-provisioner because it needs a running Keycloak, which KeycloakServer starts or
 * reuses; realm-provisioner is built before test-support.
 */
class RealmProvisionerIT {

    private static final List<String> OUR_ROLES = List.of("auditor", "compliance-officer", "intake-admin", "ml-engineer");

    @BeforeAll
    static void keycloak() {
        KeycloakServer.shared();
    }

    @Test
    void provisioningTwiceLeavesTheSameRealm() {
        RealmSettings settings = RealmSettings.localDefaults(Profile.TEST);
        try (Keycloak admin = RealmProvisioner.connect(settings)) {
            RealmProvisioner provisioner = new RealmProvisioner(admin);
            provisioner.provision(RealmDefinition.of(settings));
            Map<String, Object> first = snapshot(admin.realm(KeycloakServer.REALM));

            List<String> changes = provisioner.provision(RealmDefinition.of(settings));
            Map<String, Object> second = snapshot(admin.realm(KeycloakServer.REALM));

            assertThat(changes).as("changes made by the second run").isEmpty();
            assertThat(second).isEqualTo(first);
        }
    }

    @Test
    void theRealmHoldsTheRolesClientsAndDemoUsersOfApiMd() {
        RealmSettings settings = RealmSettings.localDefaults(Profile.TEST);
        try (Keycloak admin = RealmProvisioner.connect(settings)) {
            RealmResource realm = admin.realm(KeycloakServer.REALM);

            assertThat(realm.roles().list()).extracting(RoleRepresentation::getName).containsAll(OUR_ROLES);
            assertThat(userRoles(realm)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "alice", List.of("ml-engineer"),
                    "bob", List.of("compliance-officer"),
                    "carol", List.of("auditor"),
                    "dave", List.of("compliance-officer"),
                    "erin", List.of("intake-admin"),
                    "frank", List.of("compliance-officer", "ml-engineer")));
            ClientRepresentation ui = realm.clients().findByClientId("approval-ui").get(0);
            assertThat(ui.isPublicClient()).isFalse();
            assertThat(ui.isDirectAccessGrantsEnabled()).isFalse();
            assertThat(ui.getRedirectUris()).containsExactlyInAnyOrder("http://127.0.0.1:8084/*", "http://localhost:8084/*");
            ClientRepresentation cli = realm.clients().findByClientId("intake-cli").get(0);
            assertThat(cli.isPublicClient()).isTrue();
            assertThat(cli.isDirectAccessGrantsEnabled()).isTrue();
            assertThat(cli.isStandardFlowEnabled()).isFalse();
        }
    }

    /** What the provisioner owns, in a form that compares by value. */
    private static Map<String, Object> snapshot(RealmResource realm) {
        Map<String, Object> snapshot = new TreeMap<>();
        realm.roles().list().forEach(role -> snapshot.put("role " + role.getName(), role.getDescription()));
        for (ClientRepresentation client : realm.clients().findAll()) {
            snapshot.put("client " + client.getClientId(), List.of(client.getId(), client.isPublicClient(),
                    client.isStandardFlowEnabled(), client.isDirectAccessGrantsEnabled(), client.isServiceAccountsEnabled(),
                    client.getRedirectUris(), client.getWebOrigins(), new TreeMap<>(client.getAttributes())));
        }
        for (UserRepresentation user : realm.users().list(0, 1000)) {
            snapshot.put("user " + user.getUsername(), List.of(user.getId(), user.getEmail(), user.getFirstName(),
                    user.getLastName(), user.isEmailVerified(), user.isEnabled()));
        }
        snapshot.put("user roles", userRoles(realm));
        return snapshot;
    }

    private static Map<String, List<String>> userRoles(RealmResource realm) {
        Map<String, List<String>> roles = new TreeMap<>();
        for (UserRepresentation user : realm.users().list(0, 1000)) {
            roles.put(user.getUsername(), realm.users().get(user.getId()).roles().realmLevel().listAll().stream()
                    .map(RoleRepresentation::getName)
                    .filter(OUR_ROLES::contains)
                    .sorted()
                    .toList());
        }
        return roles;
    }
}
