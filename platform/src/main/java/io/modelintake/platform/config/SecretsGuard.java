package io.modelintake.platform.config;

import io.quarkus.runtime.ExecutionMode;
import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigSourceInterceptorFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Expressions;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Stops a service when a secret listed in {@code modelintake.required-secrets} is missing, unless it runs in the
 * local, test or dev profile, which carry demo values; the message names the variables to set. It runs while the
 * runtime configuration is built, the first thing a service does at start, so that nothing (Flyway, the OIDC
 * tenant, the Kafka clients) starts with a missing secret and fails in its own words. Registered as a SmallRye
 * Config interceptor factory (META-INF/services), whose context already reads the sources through the profile
 * and expression interceptors; the interceptor it returns only passes lookups on.
 */
public class SecretsGuard implements ConfigSourceInterceptorFactory {

    @Override
    public ConfigSourceInterceptor getInterceptor(ConfigSourceInterceptorContext context) {
        // The build and the static-init configuration run before the deployment's environment is known
        if (LaunchMode.current() == LaunchMode.NORMAL && ExecutionMode.current() == ExecutionMode.RUNTIME_INIT
                && RequiredSecrets.enforced(profiles(context))) {
            List<String> missing = RequiredSecrets.missing(properties(context), property -> read(context, property));
            if (!missing.isEmpty()) {
                throw new IllegalStateException(RequiredSecrets.refusal(
                        Optional.ofNullable(context.proceed("modelintake.service-name")).map(ConfigValue::getValue)
                                .orElse("this service"), missing));
            }
        }
        return ConfigSourceInterceptorContext::proceed;
    }

    private static List<String> profiles(ConfigSourceInterceptorContext context) {
        return Optional.ofNullable(context.proceed("quarkus.profile")).map(ConfigValue::getValue)
                .map(profiles -> Arrays.stream(profiles.split(",")).map(String::strip).toList())
                .orElse(List.of(LaunchMode.current().getDefaultProfile()));
    }

    private static List<String> properties(ConfigSourceInterceptorContext context) {
        return Optional.ofNullable(context.proceed("modelintake.required-secrets")).map(ConfigValue::getValue)
                .map(properties -> Arrays.stream(properties.split(",")).map(String::strip).toList())
                .orElse(List.of());
    }

    private static RequiredSecrets.Value read(ConfigSourceInterceptorContext context, String property) {
        Optional<String> raw = Expressions.withoutExpansion(() -> Optional.ofNullable(context.proceed(property))
                .map(ConfigValue::getValue));
        Optional<String> resolved;
        try {
            resolved = Optional.ofNullable(context.proceed(property)).map(ConfigValue::getValue);
        } catch (java.util.NoSuchElementException e) {
            // an expression without default over a variable that is not set: as missing as an empty value
            resolved = Optional.empty();
        }
        return new RequiredSecrets.Value(resolved, raw);
    }
}
