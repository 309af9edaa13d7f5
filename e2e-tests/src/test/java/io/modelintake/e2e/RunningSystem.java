package io.modelintake.e2e;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.modelintake.testsupport.KafkaBroker;
import io.modelintake.testsupport.KeycloakServer;
import io.modelintake.testsupport.MailServer;
import io.modelintake.testsupport.PostgresServer;
import io.modelintake.testsupport.ServiceProcess;
import io.modelintake.testsupport.Tokens;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system as a user runs it: one Kafka broker, one PostgreSQL (each service in its own schema, connected
 * as a non-superuser role), the real Keycloak with realm model-intake, a stand-in for the model sources serving
 * recorded answers in their real formats (Hugging Face Hub model cards, CivitAI models, GitHub licences), an SMTP
 * server in the test JVM that catches the notifications' mail ({@link #mail()}), and the four packaged services as separate processes. The shared one runs on the ports of API.md
 * (8081-8084), is started once per test JVM and stopped when it exits; a test that breaks its system (kills
 * services, the broker) starts one of its own on other ports with {@link #start}.
 */
final class RunningSystem implements AutoCloseable {

    static final String INTAKE = "intake-service";
    static final String LICENSE = "license-service";
    static final String DATASET = "dataset-registry";
    static final String APPROVAL = "approval-service";
    /** In start order; each service listens on the port base plus its place in this list (API.md: 8081-8084). */
    static final List<String> SERVICES = List.of(INTAKE, LICENSE, DATASET, APPROVAL);
    private static final int API_PORT_BASE = 8080;

    private static RunningSystem shared;

    private final Map<String, ServiceProcess> services;
    private final String bootstrapServers;
    private final WireMockServer hub;
    private final Tokens tokens = Tokens.ofTestRealm();

    private RunningSystem(Map<String, ServiceProcess> services, String bootstrapServers, WireMockServer hub) {
        this.services = services;
        this.bootstrapServers = bootstrapServers;
        this.hub = hub;
    }

    static synchronized RunningSystem shared() {
        if (shared == null) {
            shared = start(API_PORT_BASE, KafkaBroker.shared().bootstrapServers(), "modelintake");
        }
        return shared;
    }

    /**
     * Starts the four services on {@code portBase + 1} to {@code portBase + 4} over the given broker and database
     * {@code database} of the JVM's PostgreSQL, one after the other; the caller closes the system (and so does
     * the JVM when it exits first, e.g. when failsafe stops a test that ran too long).
     */
    static RunningSystem start(int portBase, String bootstrapServers, String database) {
        for (String service : SERVICES) {
            requireFree(port(portBase, service), service, portBase);
        }
        KeycloakServer.shared();
        PostgresServer postgres = PostgresServer.shared();
        String jdbcUrl = postgres.createDatabase(database);
        WireMockServer hub = new WireMockServer(WireMockConfiguration.options().dynamicPort().usingFilesUnderClasspath("hub"));
        hub.start();

        Path root = Path.of(System.getProperty("modelintake.root", "..")).toAbsolutePath().normalize();
        Path logs = Path.of(System.getProperty("modelintake.e2e.out", "target")).resolve("e2e-logs")
                .resolve(portBase == API_PORT_BASE ? "." : "ports-" + portBase).normalize();
        Map<String, String> common = new HashMap<>(Map.ofEntries(
                Map.entry("kafka.bootstrap.servers", bootstrapServers),
                Map.entry("quarkus.datasource.jdbc.url", jdbcUrl),
                Map.entry("quarkus.datasource.username", PostgresServer.APP_USERNAME),
                Map.entry("quarkus.datasource.password", PostgresServer.APP_PASSWORD),
                Map.entry("quarkus.oidc.auth-server-url", KeycloakServer.REALM_URL),
                Map.entry("license.hub.base-url", hub.baseUrl()),
                Map.entry("license.civitai.base-url", hub.baseUrl()),
                Map.entry("license.github.base-url", hub.baseUrl()),
                Map.entry("license.kaggle.base-url", hub.baseUrl()),
                Map.entry("approval.intake.url", "http://127.0.0.1:" + port(portBase, INTAKE)),
                Map.entry("approval.licenses.url", "http://127.0.0.1:" + port(portBase, LICENSE)),
                Map.entry("approval.datasets.url", "http://127.0.0.1:" + port(portBase, DATASET))));
        common.putAll(Map.of(
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(MailServer.shared().smtpPort()),
                "approval.notifications.ui-url", "http://127.0.0.1:" + port(portBase, APPROVAL)));
        Map<String, ServiceProcess> services = new LinkedHashMap<>();
        RunningSystem system = new RunningSystem(services, bootstrapServers, hub);
        Runtime.getRuntime().addShutdownHook(new Thread(system::close, "e2e-system-stop"));
        try {
            // One after the other: Flyway of each service creates its schema, and two cores are shared.
            for (String service : SERVICES) {
                ServiceProcess process = ServiceProcess.start(root, service, port(portBase, service), common, logs);
                services.put(service, process);
                process.awaitReady(Duration.ofMinutes(3));
            }
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
        return system;
    }

    String url(String service) {
        return services.get(service).url();
    }

    ServiceProcess service(String service) {
        return services.get(service);
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    Tokens tokens() {
        return tokens;
    }

    /** The mailbox of the realm's users: every mail the services sent. */
    MailServer mail() {
        return MailServer.shared();
    }

    @Override
    public void close() {
        services.values().forEach(RunningSystem::closeQuietly);
        hub.stop();
    }

    private static int port(int portBase, String service) {
        return portBase + 1 + SERVICES.indexOf(service);
    }

    private static void requireFree(int port, String service, int portBase) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " of " + service + " is taken: this end-to-end system needs"
                    + " ports " + (portBase + 1) + "-" + (portBase + SERVICES.size()) + " free"
                    + (portBase == API_PORT_BASE ? " (stop the local system with deploy/stop.sh first)" : ""), e);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // stopping anyway
        }
    }
}
