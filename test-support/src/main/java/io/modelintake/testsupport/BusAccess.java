package io.modelintake.testsupport;

import io.modelintake.contracts.events.EventBus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Who may do what on the local and the test broker, from the one definition of the bus ({@link EventBus},
 * {@code event-bus.yaml}): a SCRAM-SHA-512 user per service and the super user {@value #ADMIN} (the brokers'
 * own and the test harness's), their local passwords, the topics and the ACLs.
 *
 * <p>Local passwords are {@code <user>-local-pw}, the rule platform's local, dev and test profiles follow; a
 * production bus has its own users and secrets (Strimzi KafkaUsers).
 *
 * <p>{@code java io.modelintake.testsupport.BusAccess broker-properties} prints the broker's security settings,
 * {@code ... scram-arguments} prints the {@code kafka-storage format}
 * arguments that create the users, one per line; {@code ... set-up <bootstrap servers>} creates the topics and the
 * ACLs (idempotent). {@code deploy/infra.sh} runs both for the local broker.
 */
public final class BusAccess {

    /** The super user: the brokers talk to each other and to their controller as it, and tests arrange events as it. */
    public static final String ADMIN = "admin";
    public static final String MECHANISM = "SCRAM-SHA-512";
    static final int PARTITIONS = 3;

    private BusAccess() {
    }

    /** The password of a bus user on the local and the test broker. */
    public static String localPassword(String user) {
        return user + "-local-pw";
    }

    /** Client settings of {@code user} (its local password) on the SASL/SCRAM listener at {@code bootstrapServers}. */
    public static Map<String, Object> clientProperties(String bootstrapServers, String user) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        properties.put(SaslConfigs.SASL_MECHANISM, MECHANISM);
        properties.put(SaslConfigs.SASL_JAAS_CONFIG, jaas("org.apache.kafka.common.security.scram.ScramLoginModule", user));
        return properties;
    }

    /** A JAAS login of {@code user} with its local password. */
    static String jaas(String loginModule, String user) {
        return loginModule + " required username=\"" + user + "\" password=\"" + localPassword(user) + "\";";
    }

    /**
     * The broker's security settings, for a listener named SASL_PLAINTEXT (clients and the broker itself) and one
     * named CONTROLLER: SASL/SCRAM-SHA-512 for clients with the users of {@link #scramArguments()}, PLAIN for the
     * controller listener (SCRAM credentials live in the metadata the controller serves) with {@value #ADMIN} as its
     * only user, ACLs enforced by KRaft's StandardAuthorizer and nothing allowed without one. Only the super user may
     * create a topic.
     */
    public static Map<String, String> brokerProperties() {
        String plain = "org.apache.kafka.common.security.plain.PlainLoginModule";
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("listener.security.protocol.map", "SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
        properties.put("inter.broker.listener.name", "SASL_PLAINTEXT");
        properties.put("sasl.enabled.mechanisms", MECHANISM);
        properties.put("sasl.mechanism.inter.broker.protocol", MECHANISM);
        properties.put("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config",
                jaas("org.apache.kafka.common.security.scram.ScramLoginModule", ADMIN));
        properties.put("sasl.mechanism.controller.protocol", "PLAIN");
        properties.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        properties.put("listener.name.controller.plain.sasl.jaas.config", plain + " required username=\"" + ADMIN
                + "\" password=\"" + localPassword(ADMIN) + "\" user_" + ADMIN + "=\"" + localPassword(ADMIN) + "\";");
        properties.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        properties.put("super.users", "User:" + ADMIN);
        properties.put("allow.everyone.if.no.acl.found", "false");
        return properties;
    }

    /** {@code kafka-storage format} arguments that store every user's SCRAM credential before the first start (KIP-900). */
    public static List<String> scramArguments() {
        List<String> arguments = new ArrayList<>();
        List<String> users = new ArrayList<>(List.of(ADMIN));
        EventBus.standard().services().forEach(service -> users.add(service.name()));
        for (String user : users) {
            arguments.add("--add-scram");
            arguments.add(MECHANISM + "=[name=" + user + ",password=" + localPassword(user) + "]");
        }
        return arguments;
    }

    /**
     * Each service writes the topics it owns and the dead-letter topics of what it reads, reads its inputs and their
     * dead-letter topics, and reads as the consumer groups named after it. Nothing else is allowed.
     */
    public static List<AclBinding> acls(EventBus bus) {
        List<AclBinding> acls = new ArrayList<>();
        for (EventBus.Service service : bus.services()) {
            String principal = "User:" + service.name();
            bus.writableBy(service.name()).forEach(topic -> acls.add(allow(principal, ResourceType.TOPIC, topic,
                    PatternType.LITERAL, AclOperation.WRITE)));
            bus.readableBy(service.name()).forEach(topic -> acls.add(allow(principal, ResourceType.TOPIC, topic,
                    PatternType.LITERAL, AclOperation.READ)));
            acls.add(allow(principal, ResourceType.GROUP, service.name(), PatternType.PREFIXED, AclOperation.READ));
        }
        return acls;
    }

    /** Creates every topic of the bus, its dead-letter and replay topics, and the ACLs, as {@value #ADMIN}; what exists is kept. */
    public static void setUp(String bootstrapServers) {
        EventBus bus = EventBus.standard();
        try (Admin admin = Admin.create(clientProperties(bootstrapServers, ADMIN))) {
            List<NewTopic> topics = new ArrayList<>();
            for (EventBus.Topic topic : bus.topics()) {
                topics.add(new NewTopic(topic.name(), PARTITIONS, (short) 1));
                topics.add(new NewTopic(topic.deadLetterTopic(), PARTITIONS, (short) 1));
                topic.readers().forEach(reader -> topics.add(new NewTopic(topic.replayTopic(reader), PARTITIONS, (short) 1)));
            }
            admin.createTopics(topics).values().values().forEach(created -> await(created, true));
            await(admin.createAcls(acls(bus)).all(), false);
        }
    }

    private static AclBinding allow(String principal, ResourceType type, String name, PatternType pattern,
            AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW));
    }

    private static void await(org.apache.kafka.common.KafkaFuture<?> future, boolean existingIsFine) {
        try {
            future.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(existingIsFine && e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("setting up the event bus failed: " + e.getCause(), e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("the broker did not set up the event bus within 60 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting up the event bus", e);
        }
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("broker-properties")) {
            brokerProperties().forEach((key, value) -> System.out.println(key + "=" + value));
        } else if (args.length == 1 && args[0].equals("scram-arguments")) {
            scramArguments().forEach(System.out::println);
        } else if (args.length == 2 && args[0].equals("set-up")) {
            setUp(args[1]);
        } else {
            System.err.println("usage: BusAccess broker-properties | scram-arguments | set-up <bootstrap servers>");
            System.exit(2);
        }
    }
}
