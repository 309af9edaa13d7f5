package io.modelintake.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.ExecutionModeManager;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guard stops a service while its runtime configuration is built, as Quarkus builds it before any extension
 * starts (the packaged service in prod: "intake-service refuses to start ..." thrown from
 * {@code io.quarkus.runtime.generated.Config.runtimeConfig}, before Flyway, the OIDC tenant or a Kafka client).
 */
class SecretsGuardTests {

    private static final Map<String, String> PLATFORM = Map.of(
            "modelintake.service-name", "intake-service",
            "modelintake.required-secrets", "quarkus.datasource.username,quarkus.datasource.password,modelintake.bus.password",
            "quarkus.datasource.username", "${QUARKUS_DB_USER:}",
            "%local.quarkus.datasource.password", "modelintake",
            "%local.modelintake.bus.password", "intake-service-local-pw");

    @BeforeEach
    void runtimeInit() {
        ExecutionModeManager.runtimeInit();
    }

    @AfterEach
    void unset() {
        ExecutionModeManager.unset();
    }

    private static SmallRyeConfig build(Map<String, String> extra, String... profiles) {
        Map<String, String> properties = new HashMap<>(PLATFORM);
        properties.putAll(extra);
        return new SmallRyeConfigBuilder().withProfiles(List.of(profiles))
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .withInterceptorFactories(new SecretsGuard()).build();
    }

    @Test
    void theProdConfigurationIsNotBuiltWithoutTheSecretsAndTheMessageNamesTheVariables() {
        assertThatThrownBy(() -> build(Map.of("quarkus.profile", "prod"), "prod"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("intake-service refuses to start without its secrets: set QUARKUS_DB_USER,"
                        + " QUARKUS_DATASOURCE_PASSWORD, MODELINTAKE_BUS_PASSWORD (only the local and test profiles have defaults)");
    }

    @Test
    void theProdConfigurationWithItsSecretsIsBuilt() {
        SmallRyeConfig config = build(Map.of("quarkus.profile", "prod", "quarkus.datasource.username", "intake",
                "quarkus.datasource.password", "s3cret", "modelintake.bus.password", "bus-s3cret"), "prod");
        assertThat(config.getRawValue("quarkus.datasource.password")).isEqualTo("s3cret");
    }

    @Test
    void theLocalProfileKeepsItsDemoValues() {
        SmallRyeConfig config = build(Map.of("quarkus.profile", "local", "quarkus.datasource.username", "modelintake"), "local");
        assertThat(config.getRawValue("modelintake.bus.password")).isEqualTo("intake-service-local-pw");
    }

    @Test
    void outsideTheRuntimeInitNothingIsChecked() {
        ExecutionModeManager.staticInit();
        assertThat(build(Map.of("quarkus.profile", "prod"), "prod").getRawValue("modelintake.service-name"))
                .isEqualTo("intake-service");
    }
}
