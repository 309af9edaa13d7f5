package io.modelintake.k8s;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.modelintake.k8s.OperatorResources.CnpgCluster;
import io.modelintake.k8s.OperatorResources.CnpgDatabase;
import io.modelintake.k8s.OperatorResources.Keycloak;
import io.modelintake.k8s.OperatorResources.KeycloakRealmImport;
import io.modelintake.k8s.OperatorResources.Kustomization;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The YAML documents of a folder of manifests, each parsed into the typed model of its apiVersion and kind: fabric8's
 * Kubernetes model, Strimzi's API model, {@link OperatorResources} for the rest. Parsing is strict: the models keep
 * unknown fields aside (an "any setter") where the API server would reject them, so here an unknown field fails.
 */
final class Manifests {

    /** One document: where it is, its tree (what kubectl sends) and its typed form. */
    record Manifest(String file, int index, JsonNode tree, Object typed) {
        String kind() {
            return tree.path("kind").asText();
        }

        String name() {
            return tree.path("metadata").path("name").asText();
        }

        String where() {
            return file + " " + kind() + "/" + name();
        }
    }

    /** The documents read and what could not be read. */
    record Loaded(List<Manifest> manifests, List<String> problems) {
    }

    static final String KUSTOMIZATION = "kustomization.yaml";

    /** apiVersion/kind → the model class; a document of any other kind is a problem. */
    static final Map<String, Class<?>> KINDS = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("kafka.strimzi.io/v1/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1/KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1/KafkaUser", KafkaUser.class),
            Map.entry("postgresql.cnpg.io/v1/Cluster", CnpgCluster.class),
            Map.entry("postgresql.cnpg.io/v1/Database", CnpgDatabase.class),
            Map.entry("k8s.keycloak.org/v2alpha1/Keycloak", Keycloak.class),
            Map.entry("k8s.keycloak.org/v2alpha1/KeycloakRealmImport", KeycloakRealmImport.class),
            Map.entry("kustomize.config.k8s.io/v1beta1/Kustomization", Kustomization.class));

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper STRICT = strict();

    private Manifests() {
    }

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
            @Override
            public Boolean hasAnySetter(Annotated annotated) {
                return Boolean.FALSE;
            }
        });
        return mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    /** Every *.yaml document under {@code folder} but kustomizations, {@code file} named relative to it. */
    static Loaded load(Path folder) {
        List<Manifest> manifests = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path path : yamlFiles(folder)) {
            if (path.getFileName().toString().equals(KUSTOMIZATION)) {
                continue;
            }
            String file = folder.relativize(path).toString();
            List<JsonNode> documents = documents(path);
            for (int i = 0; i < documents.size(); i++) {
                add(file, i, documents.get(i), manifests, problems);
            }
        }
        return new Loaded(manifests, problems);
    }

    /** Parses already read trees (a rendered overlay), as {@link #load} does files. */
    static Loaded parse(String file, List<JsonNode> trees) {
        List<Manifest> manifests = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < trees.size(); i++) {
            add(file, i, trees.get(i), manifests, problems);
        }
        return new Loaded(manifests, problems);
    }

    private static void add(String file, int index, JsonNode tree, List<Manifest> manifests, List<String> problems) {
        String key = tree.path("apiVersion").asText() + "/" + tree.path("kind").asText();
        Class<?> type = KINDS.get(key);
        if (type == null) {
            problems.add(file + " document " + index + ": unknown apiVersion/kind " + key);
            return;
        }
        try {
            manifests.add(new Manifest(file, index, tree, typed(tree, type)));
        } catch (IOException e) {
            problems.add(file + " " + tree.path("kind").asText() + "/" + tree.path("metadata").path("name").asText()
                    + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    static <T> T typed(JsonNode tree, Class<T> type) throws IOException {
        return STRICT.treeToValue(tree, type);
    }

    static Kustomization kustomization(Path folder) {
        try {
            return typed(YAML.readTree(folder.resolve(KUSTOMIZATION).toFile()), Kustomization.class);
        } catch (IOException e) {
            throw new UncheckedIOException(folder.resolve(KUSTOMIZATION) + ": " + e.getMessage(), e);
        }
    }

    static List<JsonNode> documents(Path file) {
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            return documents.readAll().stream().filter(node -> !node.isNull() && !node.isMissingNode()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    static List<Path> yamlFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(path -> path.toString().endsWith(".yaml") || path.toString().endsWith(".yml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
