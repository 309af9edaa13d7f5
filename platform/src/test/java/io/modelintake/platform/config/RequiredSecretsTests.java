package io.modelintake.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequiredSecretsTests {

    private static RequiredSecrets.Value value(String resolved, String raw) {
        return new RequiredSecrets.Value(Optional.ofNullable(resolved), Optional.ofNullable(raw));
    }

    @Test
    void namesTheVariableOfAnExpressionAndTheEnvironmentFormOfAPlainProperty() {
        Map<String, RequiredSecrets.Value> config = Map.of(
                "quarkus.datasource.password", value(null, null),
                "quarkus.oidc.ui.credentials.secret", value("", "${APPROVAL_UI_CLIENT_SECRET:}"),
                "quarkus.datasource.username", value("intake", "intake"));

        assertThat(RequiredSecrets.missing(List.of("quarkus.datasource.username", "quarkus.datasource.password",
                "quarkus.oidc.ui.credentials.secret"), config::get))
                .containsExactly("QUARKUS_DATASOURCE_PASSWORD", "APPROVAL_UI_CLIENT_SECRET");
    }

    @Test
    void aBlankValueIsMissingAndASetOneIsNot() {
        Map<String, RequiredSecrets.Value> config = Map.of(
                "a.secret", value("  ", "${A_SECRET:  }"),
                "b.secret", value("s3cret", "${B_SECRET}"));

        assertThat(RequiredSecrets.missing(List.of("a.secret", "b.secret"), config::get)).containsExactly("A_SECRET");
    }

    @Test
    void theRefusalSaysWhatToSet() {
        assertThat(RequiredSecrets.refusal("approval-service", List.of("APPROVAL_UI_CLIENT_SECRET", "QUARKUS_DATASOURCE_PASSWORD")))
                .isEqualTo("approval-service refuses to start without its secrets: set APPROVAL_UI_CLIENT_SECRET,"
                        + " QUARKUS_DATASOURCE_PASSWORD (only the local and test profiles have defaults)");
    }

    @Test
    void onlyAProfileWithDemoValuesLetsAServiceStartWithoutItsSecrets() {
        assertThat(RequiredSecrets.enforced(List.of("prod"))).isTrue();
        assertThat(RequiredSecrets.enforced(List.of("staging"))).isTrue();
        assertThat(RequiredSecrets.enforced(List.of("local"))).isFalse();
        assertThat(RequiredSecrets.enforced(List.of("prod", "test"))).isFalse();
        assertThat(RequiredSecrets.enforced(List.of("dev"))).isFalse();
    }
}
