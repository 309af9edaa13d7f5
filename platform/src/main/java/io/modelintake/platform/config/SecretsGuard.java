package io.modelintake.platform.config;

import io.modelintake.platform.messaging.PlatformConfig;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.SmallRyeConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Stops a service at start-up when a secret listed in {@code modelintake.required-secrets} is missing, unless it
 * runs in the local, test or dev profile, which carry demo values. The message names the variables to set.
 */
@ApplicationScoped
public class SecretsGuard {

    private static final List<String> PROFILES_WITH_DEFAULTS = List.of("local", "test", "dev");

    private final SmallRyeConfig config;
    private final PlatformConfig platform;

    public SecretsGuard(Config config, PlatformConfig platform) {
        this.config = config.unwrap(SmallRyeConfig.class);
        this.platform = platform;
    }

    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL
                || config.getProfiles().stream().anyMatch(PROFILES_WITH_DEFAULTS::contains)) {
            return;
        }
        List<String> missing = RequiredSecrets.missing(platform.requiredSecrets(), property -> {
            ConfigValue value = config.getConfigValue(property);
            return new RequiredSecrets.Value(Optional.ofNullable(value.getValue()), Optional.ofNullable(value.getRawValue()));
        });
        if (!missing.isEmpty()) {
            throw new IllegalStateException(RequiredSecrets.refusal(
                    platform.serviceName(), missing));
        }
    }
}
