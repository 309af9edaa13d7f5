package io.modelintake.k8s;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service's prod profile reads, from the files it is built with: platform's
 * {@code microprofile-config.properties} under the module's {@code application.properties} (profiled keys left
 * out), and the secrets it refuses to start without (platform's SecretsGuard), each named by the environment
 * variable an operator sets.
 */
record ServiceConfig(String module, Map<String, String> properties, List<String> requiredSecretVariables) {

    private static final Pattern EXPRESSION = Pattern.compile("^\\$\\{([A-Za-z_][A-Za-z0-9_]*)");

    static ServiceConfig read(Path repository, String module) {
        Map<String, String> properties = new LinkedHashMap<>();
        load(repository.resolve("platform/src/main/resources/META-INF/microprofile-config.properties"), properties);
        load(repository.resolve(module).resolve("src/main/resources/application.properties"), properties);
        String required = properties.get("modelintake.required-secrets");
        if (required == null) {
            throw new IllegalStateException("no modelintake.required-secrets in platform's microprofile-config.properties");
        }
        List<String> variables = List.of(required.split("\\s*,\\s*")).stream()
                .map(property -> variableOf(property, properties.get(property)))
                .toList();
        return new ServiceConfig(module, properties, variables);
    }

    /** The variable a value's expression names, else the environment form of the property (MicroProfile Config's rule). */
    static String variableOf(String property, String raw) {
        if (raw != null) {
            Matcher expression = EXPRESSION.matcher(raw);
            if (expression.find()) {
                return expression.group(1);
            }
        }
        return environmentName(property);
    }

    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static void load(Path file, Map<String, String> into) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        properties.stringPropertyNames().stream().filter(key -> !key.startsWith("%"))
                .forEach(key -> into.put(key, properties.getProperty(key)));
    }
}
