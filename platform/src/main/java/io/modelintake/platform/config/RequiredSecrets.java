package io.modelintake.platform.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secrets a service may not run without outside the local and test profiles (DESIGN.md: "No secret has a
 * default outside the local and test profiles"). Given the properties that hold secrets and a way to read their
 * raw and resolved values, it names each missing one by the environment variable an operator sets.
 */
public final class RequiredSecrets {

    /** {@code ${VARIABLE}} or {@code ${VARIABLE:default}} at the start of a raw value. */
    private static final Pattern EXPRESSION = Pattern.compile("^\\$\\{([A-Za-z_][A-Za-z0-9_]*)");

    /** The profiles with demo values, which start without secrets. */
    private static final List<String> PROFILES_WITH_DEFAULTS = List.of("local", "test", "dev");

    private RequiredSecrets() {
    }

    /** Whether a service running with these active profiles must have its secrets: unless one of them has defaults. */
    public static boolean enforced(List<String> profiles) {
        return profiles.stream().noneMatch(PROFILES_WITH_DEFAULTS::contains);
    }

    /** One property and how it is read: its value after expansion, and the text written in the configuration. */
    public record Value(Optional<String> resolved, Optional<String> raw) {
    }

    /** The environment variables to set, one per property in {@code properties} whose value is missing or blank. */
    public static List<String> missing(List<String> properties, Function<String, Value> lookup) {
        return properties.stream()
                .filter(property -> lookup.apply(property).resolved().filter(v -> !v.isBlank()).isEmpty())
                .map(property -> variableOf(property, lookup.apply(property).raw()))
                .toList();
    }

    /** The message a service stops with. */
    public static String refusal(String service, List<String> variables) {
        return service + " refuses to start without its secrets: set " + String.join(", ", variables)
                + " (only the local and test profiles have defaults)";
    }

    /** The variable an expression names, else the environment form of the property (MicroProfile Config's rule). */
    static String variableOf(String property, Optional<String> raw) {
        if (raw.isPresent()) {
            Matcher expression = EXPRESSION.matcher(raw.get());
            if (expression.find()) {
                return expression.group(1);
            }
        }
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
