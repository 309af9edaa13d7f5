package io.modelintake.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Secrets an administrator provides, as {@code deploy/k8s/create-secrets.sh} creates them: its
 * {@code secret NAME TYPE KEY[=VALUE]...} lines and the Ingress certificate ({@code create secret tls NAME}).
 */
record ProvidedSecrets(Map<String, Secret> secrets) {

    /** A Secret's type and keys; a key's value only when the script fixes it (a username), else random. */
    record Secret(String name, String type, Map<String, Optional<String>> keys) {
    }

    private static final Pattern SECRET = Pattern.compile("^secret (\\S+) (\\S+) (.+)$", Pattern.MULTILINE);
    private static final Pattern TLS = Pattern.compile("create secret tls (\\S+)");

    static ProvidedSecrets read(Path script) {
        String text;
        try {
            text = Files.readString(script);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Secret> secrets = new LinkedHashMap<>();
        Matcher line = SECRET.matcher(text);
        while (line.find()) {
            Map<String, Optional<String>> keys = new LinkedHashMap<>();
            for (String key : line.group(3).trim().split("\\s+")) {
                int equals = key.indexOf('=');
                keys.put(equals < 0 ? key : key.substring(0, equals),
                        equals < 0 ? Optional.empty() : Optional.of(key.substring(equals + 1)));
            }
            secrets.put(line.group(1), new Secret(line.group(1), line.group(2), keys));
        }
        Matcher tls = TLS.matcher(text);
        while (tls.find()) {
            secrets.put(tls.group(1), new Secret(tls.group(1), "kubernetes.io/tls",
                    Map.of("tls.crt", Optional.empty(), "tls.key", Optional.empty())));
        }
        return new ProvidedSecrets(secrets);
    }
}
