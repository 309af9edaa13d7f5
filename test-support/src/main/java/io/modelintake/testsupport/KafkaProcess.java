package io.modelintake.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real Kafka 4.1.1 broker (KRaft, combined broker and controller, the configuration of {@link KafkaBroker}:
 * SASL/SCRAM, ACLs and topics of {@link BusAccess}) as a
 * process of its own ({@code kafka.Kafka} on this JVM's classpath), so that a test can kill it with SIGKILL and
 * start it again on the same ports and log dir. Its output goes to {@code <logDir>/kafka.log}.
 */
public final class KafkaProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final String LOG_MANAGER = "java.util.logging.manager";

    private final int port;
    private final Path dir;
    private final Path config;
    private final Path log;
    private volatile Process process;

    private KafkaProcess(int port, Path dir, Path config, Path log) {
        this.port = port;
        this.dir = dir;
        this.config = config;
        this.log = log;
    }

    /**
     * Formats a fresh log dir on free ports and starts the broker; returns once it is ready. The caller closes it (and
     * so does the JVM when it exits first).
     */
    public static KafkaProcess start(Path logDir) {
        int port = FreePort.pick();
        int controllerPort = FreePort.pick();
        Path dir = TempDirectory.create("kafka-process-");
        Properties properties = KafkaBroker.properties(port, controllerPort, dir.resolve("logs"));
        Path config = KafkaBroker.format(properties, dir);
        KafkaProcess broker = new KafkaProcess(port, dir, config, logDir.resolve("kafka.log"));
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-process-stop"));
        broker.launch();
        broker.awaitReady();
        BusAccess.setUp(broker.bootstrapServers());
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** SIGKILL: no controlled shutdown, no flush; returns once the process is gone. */
    public void kill() {
        ServiceProcess.killHard(process, "kafka");
    }

    /** Starts the broker again on the same ports and log dir (kept, not formatted again); returns once it is ready. */
    public void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException("the broker at " + bootstrapServers() + " still runs: kill it first");
        }
        launch();
        awaitReady();
    }

    @Override
    public void close() {
        Process running = process;
        if (running != null && running.isAlive()) {
            running.destroy();
            try {
                if (!running.waitFor(20, TimeUnit.SECONDS)) {
                    running.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        TempDirectory.delete(dir);
    }

    private void launch() {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx512m"));
        // The test classpath may carry JBoss LogManager, which wants to be the JUL manager from the start.
        Optional.ofNullable(System.getProperty(LOG_MANAGER)).ifPresent(manager -> command.add("-D" + LOG_MANAGER + "=" + manager));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "kafka.Kafka", config.toString()));
        try {
            log.getParent().toFile().mkdirs();
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Kafka broker", e);
        }
    }

    /** Asks every few seconds until the broker answers; a broker that exits fails at once, with its log's path. */
    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (!KafkaBroker.isReady(bootstrapServers(), Duration.ofSeconds(5))) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the Kafka broker at " + bootstrapServers() + " exited with "
                        + process.exitValue() + "; see " + log);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Kafka broker at " + bootstrapServers() + " not ready within "
                        + READY_TIMEOUT + "; see " + log);
            }
        }
    }
}
