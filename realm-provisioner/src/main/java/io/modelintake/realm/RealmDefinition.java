package io.modelintake.realm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.RolesRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** The desired state of realm {@code model-intake}: roles, clients and (local/test only) demo users. */
public record RealmDefinition(Profile profile, List<RoleRepresentation> roles, List<ClientRepresentation> clients,
        List<DemoUser> users) {

    public static final String REALM = "model-intake";
    public static final String ML_ENGINEER = "ml-engineer";
    public static final String COMPLIANCE_OFFICER = "compliance-officer";
    public static final String AUDITOR = "auditor";
    public static final String INTAKE_ADMIN = "intake-admin";

    public static final String CLI_CLIENT = "intake-cli";
    /** Same as {@link #CLI_CLIENT} but its access tokens live one second: lets tests hold a really expired token. */
    public static final String SHORT_LIVED_CLI_CLIENT = "intake-cli-short";
    public static final String APPROVAL_UI_CLIENT = "approval-ui";
    public static final String SERVICES_CLIENT = "model-intake-services";
    /** approval-service's notifications: reads who holds a role and their verified addresses, nothing else. */
    public static final String NOTIFIER_CLIENT = "approval-notifier";
    /** The client roles of Keycloak's {@code realm-management} client that the service accounts are granted. */
    public static final String REALM_MANAGEMENT = "realm-management";
    public static final Map<String, List<String>> SERVICE_ACCOUNT_ROLES = Map.of(NOTIFIER_CLIENT, List.of("view-users", "view-realm"));

    public static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("alice", "Alice", "Engineer", List.of(ML_ENGINEER)),
            new DemoUser("bob", "Bob", "Compliance", List.of(COMPLIANCE_OFFICER)),
            new DemoUser("carol", "Carol", "Auditor", List.of(AUDITOR)),
            new DemoUser("dave", "Dave", "Compliance", List.of(COMPLIANCE_OFFICER)),
            new DemoUser("erin", "Erin", "Admin", List.of(INTAKE_ADMIN)),
            new DemoUser("frank", "Frank", "Both", List.of(ML_ENGINEER, COMPLIANCE_OFFICER)));

    public RealmDefinition {
        roles = List.copyOf(roles);
        clients = List.copyOf(clients);
        users = List.copyOf(users);
    }

    /** Throws {@link WeakRealmSettingsException} when the settings are not fit for the production profile. */
    public static RealmDefinition of(RealmSettings settings) {
        List<String> weaknesses = settings.productionWeaknesses();
        if (!weaknesses.isEmpty()) {
            throw new WeakRealmSettingsException(weaknesses);
        }
        boolean demo = settings.profile().hasDemoUsers();
        List<ClientRepresentation> clients = new ArrayList<>();
        clients.add(cliClient(CLI_CLIENT, Optional.empty()));
        if (demo) {
            clients.add(cliClient(SHORT_LIVED_CLI_CLIENT, Optional.of("1")));
        }
        clients.add(approvalUiClient(settings));
        clients.add(servicesClient(settings));
        clients.add(serviceAccountClient(NOTIFIER_CLIENT, "model-intake notifications (reads the realm's users)",
                settings.notifierClientSecret()));
        return new RealmDefinition(settings.profile(),
                List.of(role(ML_ENGINEER, "Submits model-use requests"),
                        role(COMPLIANCE_OFFICER, "Works the approval queue and curates knowledge"),
                        role(AUDITOR, "Reads and exports every request and decision"),
                        role(INTAKE_ADMIN, "Provisions the realm and runs the system")),
                clients,
                demo ? DEMO_USERS : List.of());
    }

    /** Clients this provisioner owns but that must not exist in this profile. */
    public List<String> clientsToRemove() {
        return profile.hasDemoUsers() ? List.of() : List.of(SHORT_LIVED_CLI_CLIENT);
    }

    /** Demo users that must not exist in this profile. */
    public List<String> usersToRemove() {
        return profile.hasDemoUsers() ? List.of() : DEMO_USERS.stream().map(DemoUser::username).toList();
    }

    /** The realm's own settings, without roles, clients or users. */
    public static RealmRepresentation realmSettings() {
        RealmRepresentation realm = new RealmRepresentation();
        realm.setRealm(REALM);
        realm.setDisplayName("model-intake");
        realm.setEnabled(true);
        realm.setRegistrationAllowed(false);
        // Loopback and private addresses may use http (the local system); everything else needs TLS.
        realm.setSslRequired("external");
        return realm;
    }

    /**
     * The whole realm as one representation, for an import (the Keycloak operator's {@code KeycloakRealmImport});
     * only a profile without demo users can be imported, their passwords are set by the provisioner alone.
     */
    public RealmRepresentation toImport() {
        if (!users.isEmpty()) {
            throw new IllegalStateException("profile " + profile + " has demo users: provision it, do not import it");
        }
        RealmRepresentation realm = realmSettings();
        RolesRepresentation realmRoles = new RolesRepresentation();
        realmRoles.setRealm(roles);
        realm.setRoles(realmRoles);
        realm.setClients(clients);
        realm.setUsers(serviceAccountUsers());
        return realm;
    }

    /**
     * The service accounts of {@link #SERVICE_ACCOUNT_ROLES} with their {@code realm-management} roles: an import
     * grants them as the provisioner does, or the notifier's calls to the admin API are refused (403).
     */
    static List<UserRepresentation> serviceAccountUsers() {
        return SERVICE_ACCOUNT_ROLES.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(entry -> {
            UserRepresentation account = new UserRepresentation();
            // Keycloak's name for a client's service-account user
            account.setUsername("service-account-" + entry.getKey());
            account.setServiceAccountClientId(entry.getKey());
            account.setEnabled(true);
            account.setClientRoles(Map.of(REALM_MANAGEMENT, List.copyOf(entry.getValue())));
            return account;
        }).toList();
    }

    public List<String> roleNames() {
        return roles.stream().map(RoleRepresentation::getName).toList();
    }

    private static RoleRepresentation role(String name, String description) {
        RoleRepresentation role = new RoleRepresentation();
        role.setName(name);
        role.setDescription(description);
        role.setClientRole(false);
        return role;
    }

    /** The command-line client: public, resource-owner password grant only. */
    private static ClientRepresentation cliClient(String clientId, Optional<String> accessTokenLifespanSeconds) {
        ClientRepresentation client = client(clientId, "model-intake command line");
        client.setPublicClient(true);
        client.setDirectAccessGrantsEnabled(true);
        accessTokenLifespanSeconds.ifPresent(seconds -> client.setAttributes(Map.of("access.token.lifespan", seconds)));
        return client;
    }

    /** The compliance/auditor web UI: confidential, authorization code flow only. */
    private static ClientRepresentation approvalUiClient(RealmSettings settings) {
        ClientRepresentation client = confidentialClient(APPROVAL_UI_CLIENT, "model-intake approval UI",
                settings.approvalUiSecret());
        client.setStandardFlowEnabled(true);
        client.setRedirectUris(settings.approvalUiUrls().stream().map(url -> url + "/*").toList());
        client.setWebOrigins(settings.approvalUiUrls());
        // "+": after logout, any of the valid redirect URIs above may be returned to.
        client.setAttributes(Map.of("post.logout.redirect.uris", "+", "pkce.code.challenge.method", "S256"));
        return client;
    }

    /** Service-to-service calls: confidential, client credentials only. */
    private static ClientRepresentation servicesClient(RealmSettings settings) {
        return serviceAccountClient(SERVICES_CLIENT, "model-intake services (client credentials)",
                settings.servicesClientSecret());
    }

    /** A service account: confidential, client credentials only. */
    private static ClientRepresentation serviceAccountClient(String clientId, String name, String secret) {
        ClientRepresentation client = confidentialClient(clientId, name, secret);
        client.setServiceAccountsEnabled(true);
        return client;
    }

    private static ClientRepresentation confidentialClient(String clientId, String name, String secret) {
        ClientRepresentation client = client(clientId, name);
        client.setPublicClient(false);
        client.setClientAuthenticatorType("client-secret");
        client.setSecret(secret);
        return client;
    }

    /** Every flow off; each client turns on only the one it needs. */
    private static ClientRepresentation client(String clientId, String name) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setName(name);
        client.setEnabled(true);
        client.setProtocol("openid-connect");
        client.setStandardFlowEnabled(false);
        client.setImplicitFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setServiceAccountsEnabled(false);
        client.setFullScopeAllowed(true);
        return client;
    }
}
