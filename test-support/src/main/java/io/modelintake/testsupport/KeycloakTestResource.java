package io.modelintake.testsupport;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * {@code @QuarkusTestResource(KeycloakTestResource.class)}: the real Keycloak with realm {@code model-intake}
 * ({@link KeycloakServer#shared()}), as {@code quarkus.oidc.auth-server-url}. Init arguments:
 * {@code client=approval-ui} also configures the UI's confidential client (client id and secret) for a
 * {@code web-app} application; {@code oidc-client=true} configures {@code quarkus.oidc-client} with the
 * service account {@code model-intake-services}.
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String CLIENT_ARG = "client";
    public static final String OIDC_CLIENT_ARG = "oidc-client";
    private Map<String, String> initArgs = Map.of();

    @Override
    public void init(Map<String, String> initArgs) {
        this.initArgs = Map.copyOf(initArgs);
    }

    @Override
    public Map<String, String> start() {
        KeycloakServer.shared();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.oidc.auth-server-url", KeycloakServer.REALM_URL);
        config.put("quarkus.keycloak.devservices.enabled", "false");
        config.put("quarkus.oidc.devservices.enabled", "false");
        if (KeycloakServer.APPROVAL_UI_CLIENT.equals(initArgs.get(CLIENT_ARG))) {
            config.put("quarkus.oidc.client-id", KeycloakServer.APPROVAL_UI_CLIENT);
            config.put("quarkus.oidc.credentials.secret", KeycloakServer.APPROVAL_UI_SECRET);
        }
        if (Boolean.parseBoolean(initArgs.get(OIDC_CLIENT_ARG))) {
            config.put("quarkus.oidc-client.auth-server-url", KeycloakServer.REALM_URL);
            config.put("quarkus.oidc-client.client-id", KeycloakServer.SERVICES_CLIENT);
            config.put("quarkus.oidc-client.credentials.secret", KeycloakServer.SERVICES_SECRET);
            config.put("quarkus.oidc-client.grant.type", "client");
        }
        return config;
    }

    @Override
    public void stop() {
        // Shared across test classes: a Keycloak started here is stopped by the JVM's shutdown hook.
    }
}
