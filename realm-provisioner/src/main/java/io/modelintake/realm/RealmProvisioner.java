package io.modelintake.realm;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Creates or updates realm {@code model-intake} so that it matches a {@link RealmDefinition}. Running it again
 * changes nothing but the demo passwords, which are reset to the same values.
 */
public final class RealmProvisioner {

    private final Keycloak admin;

    public RealmProvisioner(Keycloak admin) {
        this.admin = admin;
    }

    /** An admin client logged in to realm {@code master} with the bootstrap admin through {@code admin-cli}. */
    public static Keycloak connect(RealmSettings settings) {
        return KeycloakBuilder.builder()
                .serverUrl(settings.serverUrl())
                .realm("master")
                .clientId("admin-cli")
                .username(settings.adminUser())
                .password(settings.adminPassword())
                .build();
    }

    /** Brings the realm to the definition; returns one line per change made. */
    public List<String> provision(RealmDefinition definition) {
        List<String> changes = new ArrayList<>();
        RealmResource realm = ensureRealm(changes);
        ensureRoles(realm, definition, changes);
        for (ClientRepresentation client : definition.clients()) {
            ensureClient(realm, client, changes);
        }
        RealmDefinition.SERVICE_ACCOUNT_ROLES.forEach((clientId, roles) ->
                ensureServiceAccountRoles(realm, clientId, roles, changes));
        for (String clientId : definition.clientsToRemove()) {
            for (ClientRepresentation existing : realm.clients().findByClientId(clientId)) {
                realm.clients().get(existing.getId()).remove();
                changes.add("removed client " + clientId);
            }
        }
        for (DemoUser user : definition.users()) {
            ensureUser(realm, user, definition.roleNames(), changes);
        }
        for (String username : definition.usersToRemove()) {
            for (UserRepresentation existing : realm.users().searchByUsername(username, true)) {
                realm.users().delete(existing.getId()).close();
                changes.add("removed demo user " + username);
            }
        }
        return changes;
    }

    private RealmResource ensureRealm(List<String> changes) {
        RealmRepresentation wanted = RealmDefinition.realmSettings();
        RealmResource realm = admin.realm(RealmDefinition.REALM);
        try {
            realm.toRepresentation();
            realm.update(wanted);
        } catch (NotFoundException e) {
            admin.realms().create(wanted);
            changes.add("created realm " + RealmDefinition.REALM);
        }
        return realm;
    }

    private static void ensureRoles(RealmResource realm, RealmDefinition definition, List<String> changes) {
        Set<String> existing = realm.roles().list().stream().map(RoleRepresentation::getName).collect(Collectors.toSet());
        for (RoleRepresentation role : definition.roles()) {
            if (existing.contains(role.getName())) {
                realm.roles().get(role.getName()).update(role);
            } else {
                realm.roles().create(role);
                changes.add("created role " + role.getName());
            }
        }
    }

    private static void ensureClient(RealmResource realm, ClientRepresentation wanted, List<String> changes) {
        List<ClientRepresentation> found = realm.clients().findByClientId(wanted.getClientId());
        if (found.isEmpty()) {
            try (Response response = realm.clients().create(wanted)) {
                CreatedResponseUtil.getCreatedId(response);
            }
            changes.add("created client " + wanted.getClientId());
        } else {
            realm.clients().get(found.get(0).getId()).update(wanted);
        }
    }

    /** Grants the client's service account these roles of {@code realm-management} (Keycloak's admin API rights). */
    private static void ensureServiceAccountRoles(RealmResource realm, String clientId, List<String> roles,
            List<String> changes) {
        String client = realm.clients().findByClientId(clientId).get(0).getId();
        String management = realm.clients().findByClientId(RealmDefinition.REALM_MANAGEMENT).get(0).getId();
        UserRepresentation account = realm.clients().get(client).getServiceAccountUser();
        Set<String> granted = realm.users().get(account.getId()).roles().clientLevel(management).listAll().stream()
                .map(RoleRepresentation::getName).collect(Collectors.toSet());
        List<RoleRepresentation> missing = roles.stream().filter(role -> !granted.contains(role))
                .map(role -> realm.clients().get(management).roles().get(role).toRepresentation())
                .toList();
        if (!missing.isEmpty()) {
            realm.users().get(account.getId()).roles().clientLevel(management).add(missing);
            changes.add("granted " + clientId + "'s service account " + RealmDefinition.REALM_MANAGEMENT + " " + names(missing));
        }
    }

    private static void ensureUser(RealmResource realm, DemoUser user, List<String> managedRoles, List<String> changes) {
        UserRepresentation wanted = new UserRepresentation();
        wanted.setUsername(user.username());
        wanted.setFirstName(user.firstName());
        wanted.setLastName(user.lastName());
        wanted.setEmail(user.email());
        wanted.setEmailVerified(true);
        wanted.setEnabled(true);
        wanted.setRequiredActions(List.of());

        List<UserRepresentation> found = realm.users().searchByUsername(user.username(), true);
        String id;
        if (found.isEmpty()) {
            try (Response response = realm.users().create(wanted)) {
                id = CreatedResponseUtil.getCreatedId(response);
            }
            changes.add("created user " + user.username());
        } else {
            id = found.get(0).getId();
            realm.users().get(id).update(wanted);
        }
        UserResource resource = realm.users().get(id);
        resource.resetPassword(password(user.password()));
        syncRealmRoles(realm, resource, user, managedRoles, changes);
    }

    /** Adds the user's roles and takes away the other roles this provisioner manages; leaves Keycloak's defaults. */
    private static void syncRealmRoles(RealmResource realm, UserResource resource, DemoUser user, List<String> managedRoles,
            List<String> changes) {
        Set<String> current = resource.roles().realmLevel().listAll().stream()
                .map(RoleRepresentation::getName)
                .collect(Collectors.toSet());
        List<RoleRepresentation> toAdd = user.realmRoles().stream()
                .filter(role -> !current.contains(role))
                .map(role -> realm.roles().get(role).toRepresentation())
                .toList();
        List<RoleRepresentation> toRemove = managedRoles.stream()
                .filter(role -> current.contains(role) && !user.realmRoles().contains(role))
                .map(role -> realm.roles().get(role).toRepresentation())
                .toList();
        if (!toAdd.isEmpty()) {
            resource.roles().realmLevel().add(toAdd);
            changes.add("granted " + user.username() + " " + names(toAdd));
        }
        if (!toRemove.isEmpty()) {
            resource.roles().realmLevel().remove(toRemove);
            changes.add("revoked from " + user.username() + " " + names(toRemove));
        }
    }

    private static List<String> names(List<RoleRepresentation> roles) {
        return roles.stream().map(RoleRepresentation::getName).toList();
    }

    private static CredentialRepresentation password(String value) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(value);
        credential.setTemporary(false);
        return credential;
    }
}
