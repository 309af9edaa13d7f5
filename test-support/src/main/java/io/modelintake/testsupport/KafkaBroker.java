package io.modelintake.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;

/**
 * A real Apache Kafka 4.1.1 broker in KRaft mode (combined broker and controller) inside this JVM, on free
 * loopback ports and a temp log dir; single node, so every replication factor is 1. Authenticated like the local
 * bus: clients log in with SASL/SCRAM-SHA-512 and the {@code StandardAuthorizer} enforces {@link BusAccess}'s ACLs.
 */
public final class KafkaBroker implements AutoCloseable {

    /** Set once a broker runs in this JVM; lets test classes loaded by other class loaders find it. */
    static final String SHARED_PROPERTY = "model-intake-test.kafka.bootstrap-servers";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    /** Held so the quieter levels are not garbage-collected with their loggers. */
    private static final List<Logger> QUIET_LOGGERS = List.of(Logger.getLogger("org.apache.kafka"), Logger.getLogger("kafka"),
            Logger.getLogger("state.change.logger"));

    private final String bootstrapServers;
    private final Optional<KafkaRaftServer> server;
    private final Optional<Path> logDir;

    private KafkaBroker(String bootstrapServers, Optional<KafkaRaftServer> server, Optional<Path> logDir) {
        this.bootstrapServers = bootstrapServers;
        this.server = server;
        this.logDir = logDir;
    }

    /** The one broker of this JVM: started on first use, stopped when the JVM exits. */
    public static synchronized KafkaBroker shared() {
        String running = System.getProperty(SHARED_PROPERTY);
        if (running != null) {
            return new KafkaBroker(running, Optional.empty(), Optional.empty());
        }
        KafkaBroker broker = start();
        System.setProperty(SHARED_PROPERTY, broker.bootstrapServers());
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-broker-shutdown"));
        return broker;
    }

    /** A broker of its own; the caller closes it. */
    public static KafkaBroker start() {
        for (Logger logger : QUIET_LOGGERS) {
            logger.setLevel(Level.WARNING);
        }
        int port = FreePort.pick();
        int controllerPort = FreePort.pick();
        Path dir = TempDirectory.create("kafka-broker-");
        Properties properties = properties(port, controllerPort, dir.resolve("logs"));
        format(properties, dir);
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
        server.startup();
        KafkaBroker broker = new KafkaBroker("127.0.0.1:" + port, Optional.of(server), Optional.of(dir));
        broker.awaitReady();
        BusAccess.setUp(broker.bootstrapServers());
        return broker;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        server.ifPresent(running -> {
            running.shutdown();
            running.awaitShutdown();
        });
        logDir.ifPresent(TempDirectory::delete);
    }

    /**
     * The broker's configuration, shared by the in-JVM broker and {@link KafkaProcess}, its security from
     * {@link BusAccess#brokerProperties()}; the bus's topics are created by {@link BusAccess#setUp}.
     */
    static Properties properties(int port, int controllerPort, Path logs) {
        Properties properties = new Properties();
        properties.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
                Map.entry("listeners", "SASL_PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort),
                Map.entry("advertised.listeners", "SASL_PLAINTEXT://127.0.0.1:" + port),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("log.dirs", logs.toString()),
                Map.entry("num.partitions", Integer.toString(BusAccess.PARTITIONS)),
                Map.entry("auto.create.topics.enable", "true"),
                Map.entry("default.replication.factor", "1"),
                Map.entry("min.insync.replicas", "1"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "3"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("transaction.state.log.num.partitions", "3"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                // Consumers join at once instead of waiting 3 s for more members.
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("log.flush.interval.messages", "1000000")));
        properties.putAll(BusAccess.brokerProperties());
        return properties;
    }

    /** Writes {@code dir/server.properties} and formats the log dir once (KRaft needs a cluster id); returns the file. */
    static Path format(Properties properties, Path dir) {
        Path config = dir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(config)) {
            properties.store(out, "test broker");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + config, e);
        }
        List<String> args = new ArrayList<>(List.of("format", "-t", Uuid.randomUuid().toString(), "-c", config.toString(),
                "--ignore-formatted"));
        args.addAll(BusAccess.scramArguments());
        int exit = StorageTool.execute(args.toArray(String[]::new), new PrintStream(OutputStream.nullOutputStream()));
        if (exit != 0) {
            throw new IllegalStateException("kafka-storage format failed with exit code " + exit + " for " + config);
        }
        return config;
    }

    private void awaitReady() {
        if (!isReady(bootstrapServers, READY_TIMEOUT)) {
            close();
            throw new IllegalStateException("Kafka broker at " + bootstrapServers + " not ready within " + READY_TIMEOUT);
        }
    }

    /** Ready when the broker has registered with the controller and shows up in the cluster metadata. */
    static boolean isReady(String bootstrapServers, Duration timeout) {
        try (Admin admin = Admin.create(BusAccess.clientProperties(bootstrapServers, BusAccess.ADMIN))) {
            return Await.until(timeout, Duration.ofMillis(100), () -> hasNodes(admin));
        }
    }

    private static boolean hasNodes(Admin admin) {
        try {
            return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }
}
