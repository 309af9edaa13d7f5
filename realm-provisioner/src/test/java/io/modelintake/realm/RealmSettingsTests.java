package io.modelintake.realm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.api.Test;

class RealmSettingsTests {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "production-settings.csv", numLinesToSkip = 1)
    void productionRefusesWeakSettings(String name, String profile, String uiUrls, String uiSecret, String servicesSecret,
            String notifierSecret, String adminPassword, String expectedWeakness) {
        RealmSettings settings = RealmSettings.from(new String[] {"--profile", profile, "--ui-urls", uiUrls,
                "--ui-secret", uiSecret, "--services-secret", servicesSecret, "--notifier-secret", notifierSecret,
                "--admin-password", adminPassword}, Map.of());

        if (expectedWeakness == null) {
            assertThat(settings.productionWeaknesses()).as(name).isEmpty();
            assertThat(RealmDefinition.of(settings).profile()).as(name).isEqualTo(Profile.parse(profile));
        } else {
            assertThat(settings.productionWeaknesses()).as(name).anySatisfy(weakness -> assertThat(weakness).contains(expectedWeakness));
            assertThatThrownBy(() -> RealmDefinition.of(settings)).as(name)
                    .isInstanceOf(WeakRealmSettingsException.class)
                    .hasMessageContaining("Refusing to provision realm model-intake for production")
                    .hasMessageContaining(expectedWeakness);
        }
    }

    @Test
    void optionsWinOverEnvironmentWhichWinsOverDefaults() {
        RealmSettings settings = RealmSettings.from(new String[] {"--server=http://kc:8080"},
                Map.of("KEYCLOAK_URL", "http://ignored", "REALM_PROFILE", "test", "APPROVAL_UI_URLS", "http://a:1, http://b:2"));

        assertThat(settings.serverUrl()).isEqualTo("http://kc:8080");
        assertThat(settings.profile()).isEqualTo(Profile.TEST);
        assertThat(settings.approvalUiUrls()).containsExactly("http://a:1", "http://b:2");
        assertThat(settings.adminUser()).isEqualTo("admin");
    }

    @Test
    void anUnknownProfileIsNamedInTheError() {
        assertThatThrownBy(() -> RealmSettings.from(new String[] {"--profile", "staging"}, Map.of()))
                .hasMessage("Unknown profile 'staging': use local, test or prod");
    }

    @Test
    void demoUsersAndTheShortLivedClientExistOnlyOutsideProduction() {
        RealmDefinition local = RealmDefinition.of(RealmSettings.localDefaults(Profile.LOCAL));
        RealmDefinition prod = RealmDefinition.of(new RealmSettings("http://kc", "admin", "s3cret-admin", Profile.PROD,
                List.of("https://intake.example.com"), "0123456789abcdefghijklmnop", "ponmlkjihgfedcba9876543210",
                "notifier-0123456789abcdefghij"));

        assertThat(local.users()).extracting(DemoUser::username).containsExactly("alice", "bob", "carol", "dave", "erin", "frank");
        assertThat(local.clients()).extracting(client -> client.getClientId())
                .containsExactly("intake-cli", "intake-cli-short", "approval-ui", "model-intake-services", "approval-notifier");
        assertThat(prod.users()).isEmpty();
        assertThat(prod.usersToRemove()).contains("alice", "frank");
        assertThat(prod.clients()).extracting(client -> client.getClientId())
                .containsExactly("intake-cli", "approval-ui", "model-intake-services", "approval-notifier");
        assertThat(prod.clientsToRemove()).containsExactly("intake-cli-short");
    }

    @Test
    void theUiClientUsesTheCodeFlowOnlyAndTheServicesClientClientCredentialsOnly() {
        RealmDefinition local = RealmDefinition.of(RealmSettings.localDefaults(Profile.LOCAL));

        assertThat(local.clients()).filteredOn(client -> client.getClientId().equals("approval-ui")).singleElement()
                .satisfies(ui -> {
                    assertThat(ui.isPublicClient()).isFalse();
                    assertThat(ui.isStandardFlowEnabled()).isTrue();
                    assertThat(ui.isDirectAccessGrantsEnabled()).isFalse();
                    assertThat(ui.getRedirectUris()).containsExactly("http://127.0.0.1:8084/*", "http://localhost:8084/*");
                });
        assertThat(local.clients()).filteredOn(client -> client.getClientId().equals("model-intake-services")).singleElement()
                .satisfies(services -> {
                    assertThat(services.isServiceAccountsEnabled()).isTrue();
                    assertThat(services.isStandardFlowEnabled()).isFalse();
                    assertThat(services.isDirectAccessGrantsEnabled()).isFalse();
                });
    }

    @Test
    void theNotifierIsAServiceAccountThatOnlyReadsTheRealmsUsers() {
        RealmDefinition local = RealmDefinition.of(RealmSettings.localDefaults(Profile.LOCAL));

        assertThat(local.clients()).filteredOn(client -> client.getClientId().equals("approval-notifier")).singleElement()
                .satisfies(notifier -> {
                    assertThat(notifier.isPublicClient()).isFalse();
                    assertThat(notifier.isServiceAccountsEnabled()).isTrue();
                    assertThat(notifier.isStandardFlowEnabled()).isFalse();
                    assertThat(notifier.isDirectAccessGrantsEnabled()).isFalse();
                    assertThat(notifier.getSecret()).isEqualTo("approval-notifier-local-secret");
                });
        assertThat(RealmDefinition.SERVICE_ACCOUNT_ROLES).containsExactly(Map.entry("approval-notifier", List.of("view-users", "view-realm")));
    }
}
