package io.modelintake.realm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

class RealmExportTests {

    @Test
    void theImportIsTheProdRealmWithPlaceholdersForTheClientSecrets() {
        RealmRepresentation realm = RealmExport.forImport(List.of("https://approval.example.com"));

        assertThat(realm.getRealm()).isEqualTo(RealmDefinition.REALM);
        assertThat(realm.getSslRequired()).isEqualTo("external");
        assertThat(realm.getUsers()).as("no person, only the notifier's service account with its admin API rights")
                .extracting(UserRepresentation::getUsername, UserRepresentation::getServiceAccountClientId,
                        UserRepresentation::getClientRoles)
                .containsExactly(tuple("service-account-approval-notifier", "approval-notifier",
                        Map.of("realm-management", List.of("view-users", "view-realm"))));
        assertThat(realm.getRoles().getRealm()).extracting(RoleRepresentation::getName)
                .containsExactly("ml-engineer", "compliance-officer", "auditor", "intake-admin");
        assertThat(realm.getClients()).extracting(ClientRepresentation::getClientId, ClientRepresentation::getSecret)
                .containsExactly(
                        tuple("intake-cli", null),
                        tuple("approval-ui", "${APPROVAL_UI_CLIENT_SECRET}"),
                        tuple("model-intake-services", "${SERVICES_CLIENT_SECRET}"),
                        tuple("approval-notifier", "${APPROVAL_NOTIFIER_CLIENT_SECRET}"));
        assertThat(realm.getClients().get(1).getRedirectUris()).containsExactly("https://approval.example.com/*");
        assertThat(RealmExport.json(realm)).contains("\"realm\" : \"model-intake\"").doesNotContain("null");
    }

    @Test
    void theImportIsRefusedWhereTheProvisionerWouldRefuseIt() {
        assertThatThrownBy(() -> RealmExport.forImport(List.of("http://approval.example.com")))
                .isInstanceOf(WeakRealmSettingsException.class)
                .hasMessageContaining("plain http on a non-local host");
    }

    @Test
    void aProfileWithDemoUsersIsProvisionedNotImported() {
        RealmDefinition local = RealmDefinition.of(RealmSettings.localDefaults(Profile.LOCAL));

        assertThatThrownBy(local::toImport).hasMessageContaining("demo users");
    }
}
