package io.modelintake.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class TokensIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Tokens tokens;

    @BeforeAll
    static void keycloak() {
        KeycloakServer.shared();
        tokens = Tokens.ofTestRealm();
    }

    @ParameterizedTest(name = "{0} holds {1}")
    @CsvSource({
        "alice, ml-engineer",
        "bob, compliance-officer",
        "carol, auditor",
        "dave, compliance-officer",
        "erin, intake-admin",
        "frank, ml-engineer",
        "frank, compliance-officer"})
    void aDemoUsersTokenCarriesTheirRealmRoleAndName(String user, String role) throws Exception {
        JsonNode claims = claims(tokens.accessToken(user));

        assertThat(claims.path("iss").asText()).isEqualTo(KeycloakServer.REALM_URL);
        assertThat(claims.path("preferred_username").asText()).isEqualTo(user);
        assertThat(claims.path("realm_access").path("roles")).extracting(JsonNode::asText).contains(role);
    }

    @Test
    void tokensAreCachedPerUser() {
        assertThat(tokens.accessToken("alice")).isEqualTo(tokens.accessToken("alice")).isNotEqualTo(tokens.accessToken("bob"));
    }

    @Test
    void anExpiredTokenIsSignedByTheRealmAndPastItsExpiry() throws Exception {
        JsonNode claims = claims(tokens.expiredAccessToken("alice"));

        assertThat(claims.path("preferred_username").asText()).isEqualTo("alice");
        assertThat(Instant.ofEpochSecond(claims.path("exp").asLong())).isBefore(Instant.now());
    }

    @Test
    void theServiceAccountGetsAToken() throws Exception {
        JsonNode claims = claims(tokens.serviceAccessToken());

        assertThat(claims.path("azp").asText()).isEqualTo(KeycloakServer.SERVICES_CLIENT);
    }

    private static JsonNode claims(String jwt) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }
}
