package io.modelintake.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.modelintake.k8s.Manifests.Manifest;
import io.modelintake.k8s.OperatorResources.CnpgCluster;
import io.modelintake.k8s.OperatorResources.CnpgDatabase;
import io.modelintake.k8s.OperatorResources.Keycloak;
import io.modelintake.k8s.OperatorResources.KeycloakRealmImport;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keycloak.representations.idm.ClientRepresentation;

/**
 * Everything one set of manifests (the base or a rendered overlay) must satisfy beyond parsing: every reference
 * resolves to something that defines it (a Secret and its key, a ConfigMap key, a Service and its port, a topic, a
 * KafkaUser, a database and its owner), every service's Kafka client settings match the listener it connects to,
 * every service gets the secrets and the in-cluster addresses its prod profile needs, and every Deployment is
 * hardened. Each problem names the resource and what to fix.
 */
final class ManifestChecks {

    static final String STRIMZI_CLUSTER_LABEL = "strimzi.io/cluster";
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost");
    private static final Pattern NAMED_TENANT = Pattern.compile("quarkus\\.oidc\\.([a-z0-9-]+)\\.auth-server-url");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    /** The services' configuration files do not change while the tests run. */
    private static final Map<Path, ServiceConfig> CONFIGS = new ConcurrentHashMap<>();

    private final List<Manifest> manifests;
    private final ProvidedSecrets provided;
    private final Function<String, ServiceConfig> configs;
    private final List<String> problems = new ArrayList<>();
    /** Secret name → its keys: the provided ones and those the operators make. */
    private final Map<String, Set<String>> secrets = new LinkedHashMap<>();
    /** Service name → its ports, by name and by number: the declared ones and those the operators make. */
    private final Map<String, Set<String>> services = new LinkedHashMap<>();

    private ManifestChecks(List<Manifest> manifests, ProvidedSecrets provided, Function<String, ServiceConfig> configs) {
        this.manifests = manifests;
        this.provided = provided;
        this.configs = configs;
    }

    /** The problems of {@code manifests}; the services' configuration is read from {@code repository}. */
    static List<String> check(List<Manifest> manifests, ProvidedSecrets provided, Path repository) {
        return check(manifests, provided, module -> CONFIGS.computeIfAbsent(repository.resolve(module),
                folder -> ServiceConfig.read(repository, module)));
    }

    private static List<String> check(List<Manifest> manifests, ProvidedSecrets provided,
            Function<String, ServiceConfig> configs) {
        ManifestChecks checks = new ManifestChecks(manifests, provided, configs);
        checks.collectDefinitions();
        checks.uniqueNames();
        checks.strimzi();
        checks.postgres();
        checks.keycloak();
        checks.ingress();
        checks.servicesAndBudgets();
        checks.all(Deployment.class).forEach(checks::deployment);
        return checks.problems;
    }

    private <T> List<T> all(Class<T> type) {
        return manifests.stream().map(Manifest::typed).filter(type::isInstance).map(type::cast).toList();
    }

    private void problem(String where, String what) {
        problems.add(where + ": " + what);
    }

    private void collectDefinitions() {
        provided.secrets().values().forEach(secret -> secrets.put(secret.name(), secret.keys().keySet()));
        for (KafkaUser user : all(KafkaUser.class)) {
            // Strimzi's user operator: a Secret named like the user
            secrets.put(user.getMetadata().getName(), Set.of("password", "sasl.jaas.config"));
        }
        for (Kafka kafka : all(Kafka.class)) {
            String name = kafka.getMetadata().getName();
            secrets.put(name + "-cluster-ca-cert", Set.of("ca.crt", "ca.p12", "ca.password"));
            Set<String> ports = new HashSet<>();
            kafka.getSpec().getKafka().getListeners().forEach(listener -> ports.add(String.valueOf(listener.getPort())));
            services.put(name + "-kafka-bootstrap", ports);
        }
        for (CnpgCluster cluster : all(CnpgCluster.class)) {
            for (String suffix : List.of("-rw", "-ro", "-r")) {
                services.put(cluster.metadata().getName() + suffix, Set.of("5432", "postgres"));
            }
        }
        for (Keycloak keycloak : all(Keycloak.class)) {
            services.put(keycloak.serviceName(), Set.of(String.valueOf(keycloak.spec().http().httpPort()), "http"));
        }
        for (Service service : all(Service.class)) {
            Set<String> ports = new HashSet<>();
            for (ServicePort port : service.getSpec().getPorts()) {
                ports.add(String.valueOf(port.getPort()));
                Optional.ofNullable(port.getName()).ifPresent(ports::add);
            }
            services.put(service.getMetadata().getName(), ports);
        }
    }

    private void uniqueNames() {
        Set<String> seen = new HashSet<>();
        for (Manifest manifest : manifests) {
            String namespace = manifest.tree().path("metadata").path("namespace").asText();
            if (!seen.add(manifest.tree().path("apiVersion").asText() + "/" + manifest.kind() + "/" + namespace + "/"
                    + manifest.name())) {
                problem(manifest.where(), "defined twice");
            }
        }
    }

    // ---- Strimzi

    private void strimzi() {
        Set<String> clusters = names(all(Kafka.class), kafka -> kafka.getMetadata().getName());
        Map<String, String> topicNames = new LinkedHashMap<>();
        for (KafkaTopic topic : all(KafkaTopic.class)) {
            clusterLabel("KafkaTopic/" + topic.getMetadata().getName(), topic.getMetadata().getLabels(), clusters);
            String name = Optional.ofNullable(topic.getSpec().getTopicName()).orElse(topic.getMetadata().getName());
            if (topicNames.put(name, topic.getMetadata().getName()) != null) {
                problem("KafkaTopic/" + topic.getMetadata().getName(), "topic " + name + " is defined twice");
            }
        }
        for (KafkaNodePool pool : all(KafkaNodePool.class)) {
            clusterLabel("KafkaNodePool/" + pool.getMetadata().getName(), pool.getMetadata().getLabels(), clusters);
        }
        for (KafkaUser user : all(KafkaUser.class)) {
            String where = "KafkaUser/" + user.getMetadata().getName();
            clusterLabel(where, user.getMetadata().getLabels(), clusters);
            if (user.getSpec().getAuthorization() instanceof KafkaUserAuthorizationSimple simple) {
                for (AclRule rule : simple.getAcls()) {
                    if (rule.getResource() instanceof AclRuleTopicResource topic && !topicNames.containsKey(topic.getName())) {
                        problem(where, "an ACL names topic " + topic.getName() + ", which no KafkaTopic defines");
                    }
                }
                for (Kafka kafka : all(Kafka.class)) {
                    if (kafka.getSpec().getKafka().getAuthorization() == null) {
                        problem("Kafka/" + kafka.getMetadata().getName(), "KafkaUsers have ACLs but the cluster has no"
                                + " authorization: set spec.kafka.authorization");
                    }
                }
            }
        }
        for (Kafka kafka : all(Kafka.class)) {
            var operator = kafka.getSpec().getEntityOperator();
            if (!all(KafkaUser.class).isEmpty() && (operator == null || operator.getUserOperator() == null)) {
                problem("Kafka/" + kafka.getMetadata().getName(), "KafkaUsers need the user operator: set"
                        + " spec.entityOperator.userOperator");
            }
            if (!all(KafkaTopic.class).isEmpty() && (operator == null || operator.getTopicOperator() == null)) {
                problem("Kafka/" + kafka.getMetadata().getName(), "KafkaTopics need the topic operator: set"
                        + " spec.entityOperator.topicOperator");
            }
        }
    }

    private void clusterLabel(String where, Map<String, String> labels, Set<String> clusters) {
        String cluster = labels == null ? null : labels.get(STRIMZI_CLUSTER_LABEL);
        if (!clusters.contains(cluster)) {
            problem(where, "label " + STRIMZI_CLUSTER_LABEL + "=" + cluster + " names no Kafka cluster " + clusters);
        }
    }

    // ---- CloudNativePG

    private void postgres() {
        Map<String, CnpgCluster> clusters = byName(all(CnpgCluster.class), cluster -> cluster.metadata().getName());
        for (CnpgCluster cluster : clusters.values()) {
            for (CnpgCluster.Role role : cluster.spec().managed().roles()) {
                String where = "Cluster/" + cluster.metadata().getName() + " role " + role.name();
                if (role.passwordSecret() == null) {
                    problem(where, "has no passwordSecret");
                    continue;
                }
                ProvidedSecrets.Secret secret = provided.secrets().get(role.passwordSecret().name());
                if (secret == null) {
                    problem(where, "passwordSecret " + role.passwordSecret().name() + " is not created by create-secrets.sh");
                } else if (!secret.type().equals("kubernetes.io/basic-auth")
                        || !secret.keys().getOrDefault("username", Optional.empty()).equals(Optional.of(role.name()))
                        || !secret.keys().containsKey("password")) {
                    problem(where, "passwordSecret " + secret.name() + " must be kubernetes.io/basic-auth with username="
                            + role.name() + " and a password");
                }
            }
        }
        for (CnpgDatabase database : all(CnpgDatabase.class)) {
            String where = "Database/" + database.metadata().getName();
            CnpgCluster cluster = clusters.get(database.spec().cluster().name());
            if (cluster == null) {
                problem(where, "cluster " + database.spec().cluster().name() + " is not defined");
            } else if (cluster.spec().managed().roles().stream().noneMatch(role -> role.name().equals(database.spec().owner()))) {
                problem(where, "owner " + database.spec().owner() + " is no managed role of " + cluster.metadata().getName());
            }
        }
    }

    /** The Database a JDBC-style {@code host[:port]/name} reaches as {@code user}, or the problem. */
    private void database(String where, String host, String name, Optional<String> user) {
        Optional<CnpgDatabase> database = all(CnpgDatabase.class).stream()
                .filter(candidate -> (candidate.spec().cluster().name() + "-rw").equals(host)
                        && candidate.spec().name().equals(name))
                .findFirst();
        if (database.isEmpty()) {
            problem(where, "database " + name + " on " + host + " is not defined (a Database of the cluster behind " + host + ")");
        } else if (user.isPresent() && !user.get().equals(database.get().spec().owner())) {
            problem(where, "logs in to database " + name + " as " + user.get() + " but its owner is " + database.get().spec().owner());
        }
    }

    /** The username a basic-auth Secret of create-secrets.sh fixes. */
    private Optional<String> username(SecretKeySelector selector) {
        return Optional.ofNullable(provided.secrets().get(selector.getName()))
                .flatMap(secret -> secret.keys().getOrDefault(selector.getKey(), Optional.empty()));
    }

    // ---- Keycloak

    private void keycloak() {
        Map<String, Keycloak> keycloaks = byName(all(Keycloak.class), keycloak -> keycloak.metadata().getName());
        for (Keycloak keycloak : keycloaks.values()) {
            String where = "Keycloak/" + keycloak.metadata().getName();
            secretKeys(where, keycloak.spec().bootstrapAdmin().user().secret(), List.of("username", "password"));
            Keycloak.Db db = keycloak.spec().db();
            secretKey(where, db.usernameSecret());
            secretKey(where, db.passwordSecret());
            database(where, db.host(), db.database(), username(db.usernameSecret()));
            if (!keycloak.spec().http().httpEnabled() || keycloak.spec().hostname() == null) {
                problem(where, "behind the Ingress it needs http enabled and the public hostname");
            }
        }
        for (KeycloakRealmImport realmImport : all(KeycloakRealmImport.class)) {
            String where = "KeycloakRealmImport/" + realmImport.metadata().getName();
            if (!keycloaks.containsKey(realmImport.spec().keycloakCRName())) {
                problem(where, "keycloakCRName " + realmImport.spec().keycloakCRName() + " names no Keycloak");
            }
            realmImport.spec().placeholders().values().forEach(placeholder -> secretKey(where, placeholder.secret()));
            for (ClientRepresentation client : realmImport.spec().realm().getClients()) {
                Matcher placeholder = PLACEHOLDER.matcher(Objects.toString(client.getSecret(), ""));
                if (placeholder.find() && !realmImport.spec().placeholders().containsKey(placeholder.group(1))) {
                    problem(where, "client " + client.getClientId() + " uses ${" + placeholder.group(1)
                            + "}, which no placeholder fills");
                }
                if (client.getSecret() != null && !placeholder.matches()) {
                    problem(where, "client " + client.getClientId() + " has a secret written in the manifest: use a placeholder");
                }
                Optional.ofNullable(client.getRedirectUris()).orElse(List.of())
                        .forEach(uri -> routedTo(where + " client " + client.getClientId(), URI.create(uri.replace("*", "")), "approval-service"));
            }
        }
    }

    // ---- Ingress, Services, PodDisruptionBudgets

    private void ingress() {
        for (Ingress ingress : all(Ingress.class)) {
            String where = "Ingress/" + ingress.getMetadata().getName();
            Set<String> tlsHosts = new HashSet<>();
            for (IngressTLS tls : ingress.getSpec().getTls()) {
                secretKeys(where, tls.getSecretName(), List.of("tls.crt", "tls.key"));
                tlsHosts.addAll(tls.getHosts());
            }
            for (IngressRule rule : ingress.getSpec().getRules()) {
                if (!tlsHosts.contains(rule.getHost())) {
                    problem(where, "host " + rule.getHost() + " is served without TLS");
                }
                for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                    IngressServiceBackend backend = path.getBackend().getService();
                    String port = backend.getPort().getName() != null ? backend.getPort().getName()
                            : String.valueOf(backend.getPort().getNumber());
                    servicePort(where + " " + rule.getHost() + path.getPath(), backend.getName(), port);
                }
            }
        }
    }

    /** {@code uri}'s host must be an Ingress host that routes {@code uri}'s path to {@code service}. */
    private void routedTo(String where, URI uri, String service) {
        boolean routed = all(Ingress.class).stream().flatMap(ingress -> ingress.getSpec().getRules().stream())
                .filter(rule -> uri.getHost().equals(rule.getHost()))
                .flatMap(rule -> rule.getHttp().getPaths().stream())
                .anyMatch(path -> path.getBackend().getService().getName().equals(service));
        if (!routed || !"https".equals(uri.getScheme())) {
            problem(where, uri + " is no https address the Ingress routes to " + service);
        }
    }

    private void servicesAndBudgets() {
        for (Service service : all(Service.class)) {
            String where = "Service/" + service.getMetadata().getName();
            Optional<Deployment> target = selected(service.getSpec().getSelector());
            if (target.isEmpty()) {
                problem(where, "its selector " + service.getSpec().getSelector() + " selects no Deployment's pods");
                continue;
            }
            Set<String> containerPorts = new HashSet<>();
            for (Container container : target.get().getSpec().getTemplate().getSpec().getContainers()) {
                for (ContainerPort port : container.getPorts()) {
                    containerPorts.add(String.valueOf(port.getContainerPort()));
                    Optional.ofNullable(port.getName()).ifPresent(containerPorts::add);
                }
            }
            for (ServicePort port : service.getSpec().getPorts()) {
                String targetPort = port.getTargetPort() == null ? String.valueOf(port.getPort())
                        : port.getTargetPort().getStrVal() != null ? port.getTargetPort().getStrVal()
                        : String.valueOf(port.getTargetPort().getIntVal());
                if (!containerPorts.contains(targetPort)) {
                    problem(where, "targetPort " + targetPort + " is no port of " + target.get().getMetadata().getName());
                }
            }
        }
        for (PodDisruptionBudget budget : all(PodDisruptionBudget.class)) {
            if (selected(budget.getSpec().getSelector().getMatchLabels()).isEmpty()) {
                problem("PodDisruptionBudget/" + budget.getMetadata().getName(), "selects no Deployment's pods");
            }
        }
    }

    private Optional<Deployment> selected(Map<String, String> selector) {
        return all(Deployment.class).stream()
                .filter(deployment -> selector != null && !selector.isEmpty()
                        && deployment.getSpec().getTemplate().getMetadata().getLabels().entrySet().containsAll(selector.entrySet()))
                .findFirst();
    }

    // ---- Deployments

    private void deployment(Deployment deployment) {
        String name = deployment.getMetadata().getName();
        String where = "Deployment/" + name;
        hardened(where, deployment);
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        if (pod.getContainers().size() != 1) {
            problem(where, "one container per pod expected");
            return;
        }
        Container container = pod.getContainers().get(0);
        Map<String, EnvVar> env = environment(where, container);
        ServiceConfig config = configs.apply(name);
        for (String variable : config.requiredSecretVariables()) {
            EnvVar var = env.get(variable);
            if (var == null || var.getValueFrom() == null || var.getValueFrom().getSecretKeyRef() == null) {
                problem(where, "its prod profile refuses to start without " + variable + ": set it from a Secret");
            }
        }
        config.properties().forEach((property, value) -> {
            if (LOOPBACK.stream().anyMatch(value::contains)) {
                EnvVar var = env.get(ServiceConfig.environmentName(property));
                if (var == null || (var.getValue() != null && LOOPBACK.stream().anyMatch(var.getValue()::contains))) {
                    problem(where, property + " is " + value + " by default: set " + ServiceConfig.environmentName(property)
                            + " to the address in the cluster");
                }
            }
        });
        addresses(where, env);
        bus(where, name, deployment, env, config);
        oidc(where, env, config);
    }

    /** The container's environment, ConfigMaps' entries under its own; every reference must resolve. */
    private Map<String, EnvVar> environment(String where, Container container) {
        Map<String, EnvVar> env = new LinkedHashMap<>();
        for (EnvFromSource source : Optional.ofNullable(container.getEnvFrom()).orElse(List.of())) {
            if (source.getConfigMapRef() == null) {
                problem(where, "envFrom may name ConfigMaps only");
                continue;
            }
            Optional<ConfigMap> map = configMap(source.getConfigMapRef().getName());
            if (map.isEmpty()) {
                problem(where, "envFrom names ConfigMap " + source.getConfigMapRef().getName() + ", which is not defined");
            } else {
                map.get().getData().forEach((key, value) -> env.put(key, new EnvVar(key, value, null)));
            }
        }
        for (EnvVar var : Optional.ofNullable(container.getEnv()).orElse(List.of())) {
            env.put(var.getName(), var);
            if (var.getValueFrom() != null && var.getValueFrom().getSecretKeyRef() != null) {
                secretKey(where + " " + var.getName(), var.getValueFrom().getSecretKeyRef());
            }
            if (var.getValueFrom() != null && var.getValueFrom().getConfigMapKeyRef() != null) {
                var ref = var.getValueFrom().getConfigMapKeyRef();
                Optional<String> value = configMap(ref.getName()).map(map -> map.getData().get(ref.getKey()));
                if (value.isEmpty()) {
                    problem(where + " " + var.getName(), "ConfigMap " + ref.getName() + " has no key " + ref.getKey());
                } else {
                    env.put(var.getName(), new EnvVar(var.getName(), value.get(), null));
                }
            }
        }
        return env;
    }

    /** Every address a service is given names a Service in the cluster and one of its ports. */
    private void addresses(String where, Map<String, EnvVar> env) {
        env.forEach((name, var) -> {
            String value = var.getValue();
            if (value == null) {
                return;
            }
            if (value.startsWith("jdbc:postgresql://")) {
                URI uri = URI.create(value.substring("jdbc:".length()));
                servicePort(where + " " + name, uri.getHost(), String.valueOf(uri.getPort()));
                EnvVar user = env.get("QUARKUS_DATASOURCE_USERNAME");
                Optional<String> username = user == null || user.getValueFrom() == null ? Optional.empty()
                        : username(user.getValueFrom().getSecretKeyRef());
                database(where + " " + name, uri.getHost(), uri.getPath().substring(1), username);
            } else if (value.startsWith("http://") && !name.endsWith("_ISSUER")) {
                URI uri = URI.create(value);
                servicePort(where + " " + name, uri.getHost(), String.valueOf(uri.getPort() < 0 ? 80 : uri.getPort()));
            }
        });
    }

    private void bus(String where, String service, Deployment deployment, Map<String, EnvVar> env, ServiceConfig config) {
        String bootstrap = value(env, "KAFKA_BOOTSTRAP_SERVERS", config, "kafka.bootstrap.servers");
        String[] hostPort = bootstrap.split(":");
        Optional<Kafka> kafka = all(Kafka.class).stream()
                .filter(candidate -> (candidate.getMetadata().getName() + "-kafka-bootstrap").equals(hostPort[0]))
                .findFirst();
        Optional<GenericKafkaListener> listener = kafka.flatMap(cluster -> cluster.getSpec().getKafka().getListeners()
                .stream().filter(candidate -> hostPort.length == 2 && String.valueOf(candidate.getPort()).equals(hostPort[1]))
                .findFirst());
        if (listener.isEmpty()) {
            problem(where, "bootstrap servers " + bootstrap + " are no listener of a Kafka cluster");
            return;
        }
        String protocol = value(env, "KAFKA_SECURITY_PROTOCOL", config, "kafka.security.protocol");
        String mechanism = value(env, "KAFKA_SASL_MECHANISM", config, "kafka.sasl.mechanism");
        String listenerAuthentication = listener.get().getAuth() == null ? "none" : listener.get().getAuth().getType();
        String expectedProtocol = (listenerAuthentication.equals("none") ? "" : "SASL_")
                + (listener.get().isTls() ? "SSL" : "PLAINTEXT");
        if (!protocol.equals(expectedProtocol)) {
            problem(where, "security protocol " + protocol + " does not match listener " + listener.get().getName()
                    + " (" + expectedProtocol + ")");
        }
        if (listener.get().isTls() && !env.containsKey("KAFKA_SSL_TRUSTSTORE_LOCATION")) {
            problem(where, "listener " + listener.get().getName() + " is TLS: set KAFKA_SSL_TRUSTSTORE_LOCATION to the"
                    + " cluster CA (Secret " + kafka.get().getMetadata().getName() + "-cluster-ca-cert)");
        }
        if (!listenerAuthentication.equals("scram-sha-512") || !"SCRAM-SHA-512".equals(mechanism)) {
            problem(where, "SASL mechanism " + mechanism + " does not match listener " + listener.get().getName()
                    + " (authentication " + listenerAuthentication + "; the services log in with SCRAM-SHA-512)");
        }
        String user = value(env, "MODELINTAKE_BUS_USERNAME", config, "modelintake.bus.username")
                .replace("${modelintake.service-name}", config.properties().getOrDefault("modelintake.service-name", ""));
        Optional<KafkaUser> kafkaUser = all(KafkaUser.class).stream()
                .filter(candidate -> candidate.getMetadata().getName().equals(user)).findFirst();
        if (kafkaUser.isEmpty() || !service.equals(user)) {
            problem(where, "bus user " + user + " is not the KafkaUser named like the service (" + service + ")");
        } else if (kafkaUser.get().getSpec().getAuthentication() == null
                || !listenerAuthentication.equals(kafkaUser.get().getSpec().getAuthentication().getType())) {
            problem(where, "KafkaUser " + user + " does not authenticate as listener " + listener.get().getName() + " expects");
        }
        EnvVar password = env.get("MODELINTAKE_BUS_PASSWORD");
        SecretKeySelector passwordRef = password == null || password.getValueFrom() == null ? null
                : password.getValueFrom().getSecretKeyRef();
        if (passwordRef == null || !passwordRef.getName().equals(user) || !passwordRef.getKey().equals("password")) {
            problem(where, "MODELINTAKE_BUS_PASSWORD must come from key password of Secret " + user
                    + " (made by Strimzi's user operator)");
        }
        List<NetworkPolicyPeer> peers = Optional.ofNullable(listener.get().getNetworkPolicyPeers()).orElse(List.of());
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        boolean admitted = peers.stream().anyMatch(peer -> peer.getPodSelector() != null
                && podLabels.entrySet().containsAll(peer.getPodSelector().getMatchLabels().entrySet()));
        if (!listener.get().isTls() && !admitted) {
            problem(where, "listener " + listener.get().getName() + " has no TLS, so its networkPolicyPeers must admit"
                    + " exactly the services' pods; these are not admitted");
        }
    }

    /** Every OIDC tenant of the service (the default and each named one) expects the issuer Keycloak puts in tokens. */
    private void oidc(String where, Map<String, EnvVar> env, ServiceConfig config) {
        Set<String> issuerVariables = new TreeSet<>(Set.of("QUARKUS_OIDC_TOKEN_ISSUER"));
        config.properties().keySet().stream().map(NAMED_TENANT::matcher).filter(Matcher::matches)
                .forEach(tenant -> issuerVariables.add(ServiceConfig.environmentName("quarkus.oidc." + tenant.group(1) + ".token.issuer")));
        for (Keycloak keycloak : all(Keycloak.class)) {
            for (KeycloakRealmImport realmImport : all(KeycloakRealmImport.class)) {
                String issuer = keycloak.spec().hostname().hostname() + "/realms/" + realmImport.spec().realm().getRealm();
                for (String variable : issuerVariables) {
                    EnvVar var = env.get(variable);
                    if (var == null || !issuer.equals(var.getValue())) {
                        problem(where, variable + " must be the issuer Keycloak puts in tokens, " + issuer);
                    }
                }
                EnvVar server = env.get("QUARKUS_OIDC_AUTH_SERVER_URL");
                String internal = "http://" + keycloak.serviceName() + ":" + keycloak.spec().http().httpPort()
                        + "/realms/" + realmImport.spec().realm().getRealm();
                if (server == null || !internal.equals(server.getValue())) {
                    problem(where, "QUARKUS_OIDC_AUTH_SERVER_URL must be the realm inside the cluster, " + internal);
                }
            }
        }
    }

    private static String value(Map<String, EnvVar> env, String variable, ServiceConfig config, String property) {
        EnvVar var = env.get(variable);
        return var != null && var.getValue() != null ? var.getValue() : config.properties().getOrDefault(property, "");
    }

    private void hardened(String where, Deployment deployment) {
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        if (deployment.getSpec().getReplicas() == null || deployment.getSpec().getReplicas() < 2) {
            problem(where, "needs at least 2 replicas");
        }
        if (all(PodDisruptionBudget.class).stream().noneMatch(budget -> deployment.getSpec().getTemplate().getMetadata()
                .getLabels().entrySet().containsAll(budget.getSpec().getSelector().getMatchLabels().entrySet()))) {
            problem(where, "no PodDisruptionBudget selects its pods");
        }
        var podSecurity = pod.getSecurityContext();
        if (podSecurity == null || !Boolean.TRUE.equals(podSecurity.getRunAsNonRoot())
                || podSecurity.getSeccompProfile() == null || !"RuntimeDefault".equals(podSecurity.getSeccompProfile().getType())) {
            problem(where, "the pod must run as non-root with seccomp profile RuntimeDefault");
        }
        if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
            problem(where, "the services never call the Kubernetes API: set automountServiceAccountToken: false");
        }
        Set<String> emptyDirs = new HashSet<>();
        for (Volume volume : Optional.ofNullable(pod.getVolumes()).orElse(List.of())) {
            if (volume.getEmptyDir() != null) {
                emptyDirs.add(volume.getName());
            }
        }
        for (Container container : pod.getContainers()) {
            var security = container.getSecurityContext();
            if (security == null || !Boolean.TRUE.equals(security.getReadOnlyRootFilesystem())
                    || !Boolean.FALSE.equals(security.getAllowPrivilegeEscalation())
                    || security.getCapabilities() == null || !List.of("ALL").equals(security.getCapabilities().getDrop())) {
                problem(where, "container " + container.getName() + " needs a read-only root file system, no privilege"
                        + " escalation and capabilities drop [ALL]");
            }
            boolean tmp = Optional.ofNullable(container.getVolumeMounts()).orElse(List.of()).stream()
                    .anyMatch(mount -> mount.getMountPath().equals("/tmp") && emptyDirs.contains(mount.getName()));
            if (!tmp) {
                problem(where, "container " + container.getName() + " needs an emptyDir on /tmp (the root file system is read-only)");
            }
            var resources = container.getResources();
            if (resources == null || resources.getRequests() == null || !resources.getRequests().containsKey("cpu")
                    || !resources.getRequests().containsKey("memory") || resources.getLimits() == null
                    || !resources.getLimits().containsKey("memory")) {
                problem(where, "container " + container.getName() + " needs cpu and memory requests and a memory limit");
            }
            probe(where, container, "startupProbe", container.getStartupProbe(), "/q/health/started");
            probe(where, container, "readinessProbe", container.getReadinessProbe(), "/q/health/ready");
            probe(where, container, "livenessProbe", container.getLivenessProbe(), "/q/health/live");
        }
    }

    private void probe(String where, Container container, String kind, Probe probe, String path) {
        HTTPGetAction get = probe == null ? null : probe.getHttpGet();
        if (get == null || !path.equals(get.getPath())) {
            problem(where, "container " + container.getName() + " needs a " + kind + " on " + path);
            return;
        }
        String port = get.getPort().getStrVal() != null ? get.getPort().getStrVal() : String.valueOf(get.getPort().getIntVal());
        boolean known = container.getPorts().stream().anyMatch(candidate -> port.equals(candidate.getName())
                || port.equals(String.valueOf(candidate.getContainerPort())));
        if (!known) {
            problem(where, kind + " port " + port + " is no port of container " + container.getName());
        }
    }

    // ---- References

    private void secretKey(String where, SecretKeySelector selector) {
        secretKeys(where, selector.getName(), List.of(selector.getKey()));
    }

    private void secretKeys(String where, String name, List<String> keys) {
        Set<String> defined = secrets.get(name);
        if (defined == null) {
            problem(where, "Secret " + name + " is defined nowhere (neither create-secrets.sh nor an operator makes it)");
        } else if (!defined.containsAll(keys)) {
            problem(where, "Secret " + name + " has no key " + keys.stream().filter(key -> !defined.contains(key)).toList());
        }
    }

    private void servicePort(String where, String service, String port) {
        Set<String> ports = services.get(service);
        if (ports == null) {
            problem(where, "Service " + service + " is defined nowhere");
        } else if (!ports.contains(port)) {
            problem(where, "Service " + service + " has no port " + port);
        }
    }

    private Optional<ConfigMap> configMap(String name) {
        return all(ConfigMap.class).stream().filter(map -> map.getMetadata().getName().equals(name)).findFirst();
    }

    private static <T> Set<String> names(List<T> items, Function<T, String> name) {
        return new HashSet<>(items.stream().map(name).toList());
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> byName = new LinkedHashMap<>();
        items.forEach(item -> byName.put(name.apply(item), item));
        return byName;
    }
}
