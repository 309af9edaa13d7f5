package io.modelintake.e2e;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What an image's layer must not carry (issue 16: "no secrets in layers"): a private key, a key store, or a
 * configuration file that gives a secret a value outside the profiles with demo defaults (DESIGN.md: no secret has
 * a default outside the local and test profiles). Jars are opened, since the services' configuration lives in them.
 */
final class ImageSecrets {

    /** The profiles whose demo values may ship: the prod image never runs them (SecretsGuard). */
    private static final Set<String> PROFILES_WITH_DEFAULTS = Set.of("local", "dev", "test");
    /** A whole PEM key, body and end: a parser's constant that names only the header is no key. */
    private static final Pattern PRIVATE_KEY = Pattern.compile(
            "-----BEGIN ([A-Z]+ )?PRIVATE KEY-----[A-Za-z0-9+/=\\s]{64,}-----END ([A-Z]+ )?PRIVATE KEY-----");
    /** The files a Quarkus service reads its configuration from; a library's message bundle is none. */
    private static final Pattern CONFIG_FILE = Pattern.compile("(^|.*/)(application(-[a-z0-9]+)?|microprofile-config)\\.properties$");
    private static final Pattern SECRET_KEY = Pattern.compile("(?i)(password|secret|private-key|api-key|token)$");
    /** A literal password inside a value, e.g. a JAAS line: {@code password="s3cret"}, not {@code "${...}"}. */
    private static final Pattern INLINE_PASSWORD = Pattern.compile("(?i)password=\"(?!\\$\\{)([^\"]+)\"");
    private static final Pattern KEY_STORE_NAME = Pattern.compile("(?i).*(\\.p12|\\.pfx|\\.jks|\\.keystore|/id_(rsa|dsa|ecdsa|ed25519))$");

    private ImageSecrets() {
    }

    /** The findings for one file of a layer (or an entry of a jar in it), each naming the path and what it holds. */
    static List<String> findings(String path, byte[] content) {
        List<String> findings = new ArrayList<>();
        String lower = path.toLowerCase(Locale.ROOT);
        if (KEY_STORE_NAME.matcher(path).matches()) {
            findings.add(path + ": a key store or private key file");
        }
        if (lower.endsWith(".jar")) {
            findings.addAll(inJar(path, content));
            return findings;
        }
        // A key compiled into a library's class is the library's own published one (netty's OpenSsl and SslUtils
        // carry a self-signed key to probe the TLS engine), not a secret of this deployment
        if (!lower.endsWith(".class") && PRIVATE_KEY.matcher(new String(content, StandardCharsets.ISO_8859_1)).find()) {
            findings.add(path + ": a private key");
        }
        if (CONFIG_FILE.matcher(path).matches()) {
            String text = new String(content, StandardCharsets.UTF_8);
            text.lines().map(ImageSecrets::secretIn).flatMap(Optional::stream)
                    .forEach(property -> findings.add(path + ": " + property + " has a value outside the local and test profiles"));
        }
        return findings;
    }

    /** The property of one properties line that sets a secret for a profile that ships, if it does. */
    static Optional<String> secretIn(String line) {
        String trimmed = line.strip();
        int separator = trimmed.indexOf('=');
        if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!") || separator < 0) {
            return Optional.empty();
        }
        String key = trimmed.substring(0, separator).strip();
        String value = trimmed.substring(separator + 1).strip();
        if (key.startsWith("%")) {
            int dot = key.indexOf('.');
            if (dot > 0 && PROFILES_WITH_DEFAULTS.containsAll(List.of(key.substring(1, dot).split(",")))) {
                return Optional.empty();
            }
        }
        boolean literal = !value.isEmpty() && !value.startsWith("${");
        if (SECRET_KEY.matcher(key).find() && literal) {
            return Optional.of(key);
        }
        Matcher inline = INLINE_PASSWORD.matcher(value);
        return inline.find() ? Optional.of(key) : Optional.empty();
    }

    private static List<String> inJar(String path, byte[] jar) {
        List<String> findings = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory()) {
                    findings.addAll(findings(path + "!/" + entry.getName(), zip.readAllBytes()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return findings;
    }
}
