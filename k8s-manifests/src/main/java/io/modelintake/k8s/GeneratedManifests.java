package io.modelintake.k8s;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.modelintake.contracts.events.EventBus;
import io.modelintake.realm.RealmExport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The manifests of {@code deploy/k8s} that are derived, never written by hand: the Strimzi topics and users from the
 * bus definition ({@code event-bus.yaml}, the same derivation test-support's BusAccess makes for the local broker)
 * and the Keycloak operator's realm import from realm-provisioner's definition. {@code GeneratedManifestsTests}
 * fails when a committed file differs from what this makes.
 *
 * <p>{@code java io.modelintake.k8s.GeneratedManifests <deploy/k8s>} writes them.
 */
public final class GeneratedManifests {

    public static final String NAMESPACE = "model-intake";
    public static final String KAFKA_CLUSTER = "model-intake";
    public static final String KEYCLOAK = "keycloak";
    /** Where the approval UI is served (deploy/k8s/ingress.yaml): the realm's redirect URIs and web origins. */
    public static final String APPROVAL_UI_URL = "https://approval.model-intake.example.com";
    /** The admin-provided Secrets (create-secrets.sh) the realm import's client-secret placeholders read. */
    public static final String APPROVAL_UI_SECRET = "approval-ui";
    public static final String SERVICES_CLIENT_SECRET = "model-intake-services-client";
    public static final String NOTIFIER_CLIENT_SECRET = "approval-notifier";
    public static final String CLIENT_SECRET_KEY = "client-secret";

    static final int PARTITIONS = 6;
    static final int REPLICAS = 3;
    /** 30 days: dead letters are listed and replayed from their topics, so they outlive any incident. */
    static final String RETENTION_MS = "2592000000";

    private static final String STRIMZI_API = "kafka.strimzi.io/v1";

    private GeneratedManifests() {
    }

    /** File name in deploy/k8s → its content. */
    public static Map<String, String> all(EventBus bus) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("kafka-topics.yaml", yaml("Strimzi topics: every topic of contracts' event-bus.yaml, its dead-letter"
                + " topic and one replay topic per reader.", topics(bus)));
        files.put("kafka-users.yaml", yaml("Strimzi users: one SCRAM-SHA-512 user per service with the ACLs of"
                + " contracts' event-bus.yaml (its own topics to write, its inputs to read, its consumer groups). The user"
                + " operator puts each password in a Secret named like the user (key 'password').", users(bus)));
        files.put("keycloak-realm.yaml", yaml("Keycloak operator: realm model-intake, profile prod, as realm-provisioner"
                + " defines it (RealmExport). Imported once, when the realm does not exist; the client secrets come from"
                + " the Secrets of create-secrets.sh.", List.of(realmImport())));
        return files;
    }

    static List<Map<String, Object>> topics(EventBus bus) {
        List<Map<String, Object>> topics = new ArrayList<>();
        for (EventBus.Topic topic : sorted(bus.topics(), EventBus.Topic::name)) {
            topics.add(topic(topic.name()));
            topics.add(topic(topic.deadLetterTopic()));
            topic.readers().forEach(reader -> topics.add(topic(topic.replayTopic(reader))));
        }
        return topics;
    }

    /** A Kubernetes name for a topic name: dots become dashes (the manifest checks find a name defined twice). */
    public static String resourceName(String topicName) {
        return topicName.replace('.', '-');
    }

    private static Map<String, Object> topic(String name) {
        return resource("KafkaTopic", resourceName(name), Map.of(
                "topicName", name,
                "partitions", PARTITIONS,
                "replicas", REPLICAS,
                "config", Map.of("retention.ms", RETENTION_MS)));
    }

    static List<Map<String, Object>> users(EventBus bus) {
        List<Map<String, Object>> users = new ArrayList<>();
        for (EventBus.Service service : sorted(bus.services(), EventBus.Service::name)) {
            Set<String> writable = bus.writableBy(service.name());
            Set<String> readable = bus.readableBy(service.name());
            List<Object> acls = new ArrayList<>();
            Set<String> topics = new TreeSet<>(writable);
            topics.addAll(readable);
            for (String topic : topics) {
                List<String> operations = new ArrayList<>();
                if (writable.contains(topic)) {
                    operations.add("Write");
                }
                if (readable.contains(topic)) {
                    operations.add("Read");
                }
                acls.add(acl("topic", topic, "literal", operations));
            }
            // Each service reads as the consumer groups whose names start with its own name.
            acls.add(acl("group", service.name(), "prefix", List.of("Read")));
            users.add(resource("KafkaUser", service.name(), Map.of(
                    "authentication", Map.of("type", "scram-sha-512"),
                    "authorization", Map.of("type", "simple", "acls", acls))));
        }
        return users;
    }

    /** The bus keeps no order; the files must not change from one run to the next. */
    private static <T> List<T> sorted(List<T> items, Function<T, String> name) {
        return items.stream().sorted(Comparator.comparing(name)).toList();
    }

    private static Map<String, Object> acl(String type, String name, String patternType, List<String> operations) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("type", type);
        resource.put("name", name);
        resource.put("patternType", patternType);
        Map<String, Object> acl = new LinkedHashMap<>();
        acl.put("resource", resource);
        acl.put("operations", operations);
        return acl;
    }

    private static Map<String, Object> resource(String kind, String name, Map<String, Object> spec) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", name);
        metadata.put("namespace", NAMESPACE);
        metadata.put("labels", Map.of("strimzi.io/cluster", KAFKA_CLUSTER));
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("apiVersion", STRIMZI_API);
        resource.put("kind", kind);
        resource.put("metadata", metadata);
        resource.put("spec", spec);
        return resource;
    }

    static Map<String, Object> realmImport() {
        Object realm;
        try {
            realm = new ObjectMapper().readValue(RealmExport.json(RealmExport.forImport(List.of(APPROVAL_UI_URL))), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> placeholders = new LinkedHashMap<>();
        placeholders.put(RealmExport.UI_SECRET_VARIABLE, secretKey(APPROVAL_UI_SECRET));
        placeholders.put(RealmExport.SERVICES_SECRET_VARIABLE, secretKey(SERVICES_CLIENT_SECRET));
        placeholders.put(RealmExport.NOTIFIER_SECRET_VARIABLE, secretKey(NOTIFIER_CLIENT_SECRET));
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("keycloakCRName", KEYCLOAK);
        spec.put("placeholders", placeholders);
        spec.put("realm", realm);
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        resource.put("kind", "KeycloakRealmImport");
        resource.put("metadata", Map.of("name", "model-intake-realm", "namespace", NAMESPACE));
        resource.put("spec", spec);
        return resource;
    }

    private static Map<String, Object> secretKey(String secret) {
        return Map.of("secret", Map.of("name", secret, "key", CLIENT_SECRET_KEY));
    }

    private static String yaml(String comment, List<Map<String, Object>> documents) {
        ObjectMapper mapper = new ObjectMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .build())
                // Map.of has no stable order; sorted keys make the files the same on every run.
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        StringBuilder text = new StringBuilder("# Generated by k8s-manifests (GeneratedManifests): do not edit, regenerate.\n");
        StringBuilder line = new StringBuilder("#");
        for (String word : comment.split(" ")) {
            if (line.length() + word.length() > 110) {
                text.append(line).append('\n');
                line = new StringBuilder("#");
            }
            line.append(' ').append(word);
        }
        text.append(line).append('\n');
        for (int i = 0; i < documents.size(); i++) {
            if (i > 0) {
                text.append("---\n");
            }
            try {
                text.append(mapper.writeValueAsString(documents.get(i)));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        return text.toString();
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length == 1 ? args[0] : "deploy/k8s");
        for (Map.Entry<String, String> file : all(EventBus.standard()).entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
            System.out.println("wrote " + folder.resolve(file.getKey()));
        }
    }
}
