package io.modelintake.k8s;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import java.util.List;
import java.util.Map;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * Typed forms of the CloudNativePG, Keycloak operator and Kustomize resources deploy/k8s uses (no Java model of
 * theirs is on Maven Central): only the fields these manifests set, so any other field, or a misspelt one, fails
 * to parse. Each record follows its operator's CRD (CloudNativePG 1.25+, Keycloak operator 26, Kustomize v5).
 */
final class OperatorResources {

    private OperatorResources() {
    }

    record LocalRef(String name) {
    }

    /** postgresql.cnpg.io/v1 Cluster. */
    record CnpgCluster(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {
        record Spec(int instances, Storage storage, ResourceRequirements resources, Managed managed) {
        }

        record Storage(String size) {
        }

        record Managed(List<Role> roles) {
        }

        record Role(String name, String ensure, boolean login, LocalRef passwordSecret) {
        }
    }

    /** postgresql.cnpg.io/v1 Database. */
    record CnpgDatabase(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {
        record Spec(LocalRef cluster, String name, String owner) {
        }
    }

    /** k8s.keycloak.org/v2alpha1 Keycloak. */
    record Keycloak(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {
        record Spec(int instances, BootstrapAdmin bootstrapAdmin, Db db, Http http, Hostname hostname, Proxy proxy,
                Ingress ingress, ResourceRequirements resources) {
        }

        record BootstrapAdmin(User user) {
        }

        record User(String secret) {
        }

        record Db(String vendor, String host, int port, String database, SecretKeySelector usernameSecret,
                SecretKeySelector passwordSecret) {
        }

        record Http(boolean httpEnabled, int httpPort) {
        }

        record Hostname(String hostname, boolean backchannelDynamic) {
        }

        record Proxy(String headers) {
        }

        record Ingress(boolean enabled) {
        }

        /** The Service the operator makes: {@code <name>-service}. */
        String serviceName() {
            return metadata.getName() + "-service";
        }
    }

    /** k8s.keycloak.org/v2alpha1 KeycloakRealmImport. */
    record KeycloakRealmImport(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {
        record Spec(String keycloakCRName, Map<String, Placeholder> placeholders, RealmRepresentation realm) {
        }

        record Placeholder(SecretKeySelector secret) {
        }
    }

    /** kustomize.config.k8s.io/v1beta1 Kustomization. */
    record Kustomization(String apiVersion, String kind, List<String> resources, List<Image> images,
            List<Replica> replicas, List<Patch> patches) {
        Kustomization {
            resources = resources == null ? List.of() : resources;
            images = images == null ? List.of() : images;
            replicas = replicas == null ? List.of() : replicas;
            patches = patches == null ? List.of() : patches;
        }

        record Image(String name, String newName, String newTag) {
        }

        record Replica(String name, int count) {
        }

        /** An inline JSON 6902 patch of the resources the target selects. */
        record Patch(Target target, String patch) {
        }

        record Target(String kind, String name, String labelSelector) {
        }
    }
}
