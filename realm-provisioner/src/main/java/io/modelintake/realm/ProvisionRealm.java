package io.modelintake.realm;

import java.util.List;

import org.keycloak.admin.client.Keycloak;

/**
 * Command line: {@code java -jar realm-provisioner-all.jar --profile local|test|prod [--server URL] ...}
 * (options and environment variables in {@link RealmSettings#from}). Exit code 0 when the realm matches,
 * 2 when the settings were refused, 1 on any other failure.
 */
public final class ProvisionRealm {

    private ProvisionRealm() {
    }

    public static void main(String[] args) {
        try {
            RealmSettings settings = RealmSettings.from(args, System.getenv());
            RealmDefinition definition = RealmDefinition.of(settings);
            try (Keycloak admin = RealmProvisioner.connect(settings)) {
                List<String> changes = new RealmProvisioner(admin).provision(definition);
                changes.forEach(change -> System.out.println("realm-provisioner: " + change));
                System.out.printf("realm-provisioner: realm %s at %s matches profile %s (%d change(s))%n",
                        RealmDefinition.REALM, settings.serverUrl(), settings.profile().name().toLowerCase(), changes.size());
            }
        } catch (IllegalArgumentException e) {
            System.err.println("realm-provisioner: " + e.getMessage());
            System.exit(2);
        } catch (RuntimeException e) {
            System.err.println("realm-provisioner: failed: " + e);
            System.exit(1);
        }
    }
}
