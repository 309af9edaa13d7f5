package io.modelintake.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Real access tokens from realm {@code model-intake} for the demo users of API.md (password {@code <name>-pw}),
 * through the public client {@code intake-cli} (password grant). Cached per user until shortly before expiry.
 */
public final class Tokens {

    public static final String CLI_CLIENT = "intake-cli";
    /**
     * Provisioned in the local and test realm only: its access tokens live one second, so
     * {@link #expiredAccessToken} can hand out a token Keycloak really signed and that really expired.
     */
    public static final String SHORT_LIVED_CLI_CLIENT = "intake-cli-short";
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(30);

    private final String tokenEndpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final ConcurrentMap<String, Token> cache = new ConcurrentHashMap<>();

    public Tokens(String realmUrl) {
        this.tokenEndpoint = realmUrl + "/protocol/openid-connect/token";
    }

    /** Tokens of the realm at {@link KeycloakServer#REALM_URL}. */
    public static Tokens ofTestRealm() {
        return new Tokens(KeycloakServer.REALM_URL);
    }

    public static String password(String username) {
        return username + "-pw";
    }

    /** A valid access token of a demo user, e.g. {@code accessToken("alice")}. */
    public String accessToken(String username) {
        return cache.compute(username, (user, cached) -> cached != null && cached.validFor(RENEW_BEFORE_EXPIRY)
                ? cached
                : passwordGrant(CLI_CLIENT, user)).value();
    }

    /** An access token of the demo user that has expired by the time this returns (takes about 3 s). */
    public String expiredAccessToken(String username) {
        Token token = passwordGrant(SHORT_LIVED_CLI_CLIENT, username);
        // exp has one-second resolution; two more seconds keep clear of any clock-skew allowance of zero.
        Duration wait = Duration.between(Instant.now(), token.expiresAt()).plusSeconds(2);
        if (!wait.isNegative()) {
            Await.pause(wait);
        }
        return token.value();
    }

    /** A service-account token of {@code model-intake-services} (client credentials, local secret). */
    public String serviceAccessToken() {
        return cache.compute("service-account:" + KeycloakServer.SERVICES_CLIENT,
                (key, cached) -> cached != null && cached.validFor(RENEW_BEFORE_EXPIRY)
                        ? cached
                        : request(Map.of("grant_type", "client_credentials", "client_id", KeycloakServer.SERVICES_CLIENT,
                                "client_secret", KeycloakServer.SERVICES_SECRET))).value();
    }

    /** {@code Bearer <token>} of a demo user, for an Authorization header. */
    public String bearer(String username) {
        return "Bearer " + accessToken(username);
    }

    private Token passwordGrant(String clientId, String username) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", username);
        form.put("password", password(username));
        return request(form);
    }

    private Token request(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        Instant asked = Instant.now();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Token request for " + describe(form) + " at " + tokenEndpoint
                        + " answered " + response.statusCode() + ": " + response.body());
            }
            JsonNode token = json.readTree(response.body());
            return new Token(token.path("access_token").asText(),
                    asked.plusSeconds(token.path("expires_in").asLong()));
        } catch (IOException e) {
            throw new UncheckedIOException("Token request to " + tokenEndpoint + " failed: is Keycloak running?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking for a token", e);
        }
    }

    private static String describe(Map<String, String> form) {
        return form.getOrDefault("username", form.get("client_id")) + " (" + form.get("grant_type") + ")";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record Token(String value, Instant expiresAt) {

        boolean validFor(Duration margin) {
            return Instant.now().plus(margin).isBefore(expiresAt);
        }
    }
}
