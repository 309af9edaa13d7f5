package io.modelintake.realm;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.keycloak.representations.idm.RealmRepresentation;

/**
 * Realm {@code model-intake} of the prod profile as an import, the same definition the provisioner applies: what the
 * Keycloak operator's {@code KeycloakRealmImport} in {@code deploy/k8s/keycloak-realm.yaml} carries. The client
 * secrets are the operator's placeholders, filled from Secrets when it imports.
 *
 * <p>Command line: {@code java -cp realm-provisioner-all.jar io.modelintake.realm.RealmExport --ui-urls https://...}
 * (or {@code APPROVAL_UI_URLS}) prints the realm JSON.
 */
public final class RealmExport {

    /** The variable names the import's placeholders use: the same the provisioner reads the secrets from. */
    public static final String UI_SECRET_VARIABLE = "APPROVAL_UI_CLIENT_SECRET";
    public static final String SERVICES_SECRET_VARIABLE = "SERVICES_CLIENT_SECRET";
    public static final String NOTIFIER_SECRET_VARIABLE = "APPROVAL_NOTIFIER_CLIENT_SECRET";

    private RealmExport() {
    }

    /** The prod realm for an approval UI served from {@code approvalUiUrls}; refused on the provisioner's grounds. */
    public static RealmRepresentation forImport(List<String> approvalUiUrls) {
        RealmSettings settings = new RealmSettings(null, null, null, Profile.PROD, approvalUiUrls,
                placeholder(UI_SECRET_VARIABLE), placeholder(SERVICES_SECRET_VARIABLE),
                placeholder(NOTIFIER_SECRET_VARIABLE));
        return RealmDefinition.of(settings).toImport();
    }

    /** The import as JSON text, fields with no value left out. */
    public static String json(RealmRepresentation realm) {
        try {
            return new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL)
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .writeValueAsString(realm);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String placeholder(String variable) {
        return "${" + variable + "}";
    }

    public static void main(String[] args) {
        try {
            RealmSettings settings = RealmSettings.from(args, Map.of("APPROVAL_UI_URLS",
                    System.getenv().getOrDefault("APPROVAL_UI_URLS", "")));
            System.out.println(json(forImport(settings.approvalUiUrls())));
        } catch (IllegalArgumentException e) {
            System.err.println("realm-export: " + e.getMessage());
            System.exit(2);
        }
    }
}
