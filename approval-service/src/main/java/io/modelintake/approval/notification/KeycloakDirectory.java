package io.modelintake.approval.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The realm's users, read through Keycloak's admin API with the notifier's service account (client
 * {@code approval-notifier}, realm-management {@code view-users} and {@code view-realm}, which a role's member list needs). Answers are kept for
 * {@code approval.notifications.directory-cache-ttl}, so a burst of decisions asks Keycloak once.
 */
@ApplicationScoped
public class KeycloakDirectory implements RealmDirectory {

    /** More officers than any company has; a role's members come in one page. */
    private static final int MAX_MEMBERS = 1000;

    private record Cached<T>(T value, Instant until) {
    }

    private final Keycloak keycloak;
    private final NotificationConfig config;
    private final Clock clock;
    private final Map<String, Cached<List<RealmUser>>> roles = new ConcurrentHashMap<>();
    private final Map<String, Cached<Optional<RealmUser>>> users = new ConcurrentHashMap<>();

    public KeycloakDirectory(Keycloak keycloak, NotificationConfig config, Clock clock) {
        this.keycloak = keycloak;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public List<RealmUser> withRole(String role) {
        return cached(roles, role, () -> keycloak.realm(config.realm()).roles().get(role)
                .getUserMembers(0, MAX_MEMBERS).stream().map(KeycloakDirectory::user).toList());
    }

    @Override
    public Optional<RealmUser> user(String username) {
        return cached(users, username, () -> keycloak.realm(config.realm()).users().searchByUsername(username, true)
                .stream().findFirst().map(KeycloakDirectory::user));
    }

    private <T> T cached(Map<String, Cached<T>> cache, String key, Supplier<T> read) {
        Instant now = Instant.now(clock);
        Cached<T> hit = cache.get(key);
        if (hit != null && now.isBefore(hit.until())) {
            return hit.value();
        }
        T value = read.get();
        cache.put(key, new Cached<>(value, now.plus(config.directoryCacheTtl())));
        return value;
    }

    private static RealmUser user(UserRepresentation user) {
        return new RealmUser(user.getUsername(), user.getEmail(), Boolean.TRUE.equals(user.isEmailVerified()),
                Boolean.TRUE.equals(user.isEnabled()));
    }
}
