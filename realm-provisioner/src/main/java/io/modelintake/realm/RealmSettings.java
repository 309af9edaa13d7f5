package io.modelintake.realm;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the provisioner needs to know about one Keycloak and the realm to put there.
 *
 * @param serverUrl            Keycloak base URL, e.g. {@code http://127.0.0.1:8180}
 * @param adminUser            bootstrap admin of realm {@code master}
 * @param adminPassword        its password
 * @param profile              local, test or prod
 * @param approvalUiUrls       base URLs the approval UI is served from (redirect URIs and web origins)
 * @param approvalUiSecret     secret of the confidential client {@code approval-ui}
 * @param servicesClientSecret secret of the service-account client {@code model-intake-services}
 * @param notifierClientSecret secret of the service-account client {@code approval-notifier} (reads the realm's users)
 */
public record RealmSettings(
        String serverUrl,
        String adminUser,
        String adminPassword,
        Profile profile,
        List<String> approvalUiUrls,
        String approvalUiSecret,
        String servicesClientSecret,
        String notifierClientSecret) {

    public static final String DEFAULT_SERVER_URL = "http://127.0.0.1:8180";
    /** Local defaults; known to everyone, so refused in production. */
    public static final String LOCAL_APPROVAL_UI_SECRET = "approval-ui-local-secret";
    public static final String LOCAL_SERVICES_SECRET = "model-intake-services-local-secret";
    public static final String LOCAL_NOTIFIER_SECRET = "approval-notifier-local-secret";
    public static final List<String> LOCAL_APPROVAL_UI_URLS = List.of("http://127.0.0.1:8084", "http://localhost:8084");

    public RealmSettings {
        approvalUiUrls = List.copyOf(approvalUiUrls);
    }

    public static RealmSettings localDefaults(Profile profile) {
        return new RealmSettings(DEFAULT_SERVER_URL, "admin", "admin", profile, LOCAL_APPROVAL_UI_URLS,
                LOCAL_APPROVAL_UI_SECRET, LOCAL_SERVICES_SECRET, LOCAL_NOTIFIER_SECRET);
    }

    /**
     * Reads {@code --name value} arguments, falling back to environment variables, then to local defaults:
     * {@code --server KEYCLOAK_URL}, {@code --admin-user KEYCLOAK_ADMIN_USER}, {@code --admin-password
     * KEYCLOAK_ADMIN_PASSWORD}, {@code --profile REALM_PROFILE}, {@code --ui-urls APPROVAL_UI_URLS} (comma
     * separated), {@code --ui-secret APPROVAL_UI_CLIENT_SECRET}, {@code --services-secret SERVICES_CLIENT_SECRET},
     * {@code --notifier-secret APPROVAL_NOTIFIER_CLIENT_SECRET}.
     */
    public static RealmSettings from(String[] args, Map<String, String> env) {
        Map<String, String> options = Arguments.parse(args);
        Profile profile = Profile.parse(pick(options, env, "profile", "REALM_PROFILE").orElse("local"));
        return new RealmSettings(
                pick(options, env, "server", "KEYCLOAK_URL").orElse(DEFAULT_SERVER_URL),
                pick(options, env, "admin-user", "KEYCLOAK_ADMIN_USER").orElse("admin"),
                pick(options, env, "admin-password", "KEYCLOAK_ADMIN_PASSWORD").orElse("admin"),
                profile,
                pick(options, env, "ui-urls", "APPROVAL_UI_URLS").map(RealmSettings::splitUrls).orElse(LOCAL_APPROVAL_UI_URLS),
                pick(options, env, "ui-secret", "APPROVAL_UI_CLIENT_SECRET").orElse(LOCAL_APPROVAL_UI_SECRET),
                pick(options, env, "services-secret", "SERVICES_CLIENT_SECRET").orElse(LOCAL_SERVICES_SECRET),
                pick(options, env, "notifier-secret", "APPROVAL_NOTIFIER_CLIENT_SECRET").orElse(LOCAL_NOTIFIER_SECRET));
    }

    /** What makes these settings unfit for production; empty when none, or when the profile is not prod. */
    public List<String> productionWeaknesses() {
        List<String> weaknesses = new ArrayList<>();
        if (profile != Profile.PROD) {
            return weaknesses;
        }
        if (LOCAL_APPROVAL_UI_SECRET.equals(approvalUiSecret) || approvalUiSecret.length() < 24) {
            weaknesses.add("approval-ui secret is the local default or shorter than 24 characters: set APPROVAL_UI_CLIENT_SECRET");
        }
        if (LOCAL_SERVICES_SECRET.equals(servicesClientSecret) || servicesClientSecret.length() < 24) {
            weaknesses.add("model-intake-services secret is the local default or shorter than 24 characters: set SERVICES_CLIENT_SECRET");
        }
        if (LOCAL_NOTIFIER_SECRET.equals(notifierClientSecret) || notifierClientSecret.length() < 24) {
            weaknesses.add("approval-notifier secret is the local default or shorter than 24 characters: set APPROVAL_NOTIFIER_CLIENT_SECRET");
        }
        if ("admin".equals(adminPassword)) {
            weaknesses.add("the Keycloak admin password is 'admin': set KEYCLOAK_ADMIN_PASSWORD");
        }
        for (String url : approvalUiUrls) {
            URI uri = URI.create(url);
            if (!"https".equals(uri.getScheme()) && !isLoopback(uri.getHost())) {
                weaknesses.add("approval UI URL " + url + " is plain http on a non-local host: use https");
            }
        }
        return weaknesses;
    }

    private static boolean isLoopback(String host) {
        return "localhost".equals(host) || "127.0.0.1".equals(host);
    }

    private static List<String> splitUrls(String text) {
        return List.of(text.split("\\s*,\\s*"));
    }

    private static Optional<String> pick(Map<String, String> options, Map<String, String> env, String option, String variable) {
        return Optional.ofNullable(options.get(option))
                .or(() -> Optional.ofNullable(env.get(variable)))
                .filter(value -> !value.isBlank());
    }
}
