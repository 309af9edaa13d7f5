package io.modelintake.e2e;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.modelintake.testsupport.KafkaBroker;
import io.modelintake.testsupport.KeycloakServer;
import io.modelintake.testsupport.PostgresServer;
import io.modelintake.testsupport.ServiceProcess;
import io.modelintake.testsupport.Tokens;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system as a user runs it: one Kafka broker, one PostgreSQL (each service in its own schema, connected
 * as a non-superuser role), the real Keycloak with realm model-intake, a stand-in Hugging Face Hub serving recorded
 * model cards, and the four packaged services as separate processes on the ports of API.md. Started once per test
 * JVM; stopped when it exits.
 */
final class RunningSystem {

    static final String INTAKE = "intake-service";
    static final String LICENSE = "license-service";
    static final String DATASET = "dataset-registry";
    static final String APPROVAL = "approval-service";
    private static final Map<String, Integer> PORTS = Map.of(INTAKE, 8081, LICENSE, 8082, DATASET, 8083, APPROVAL, 8084);

    private static RunningSystem shared;

    private final Map<String, ServiceProcess> services;
    private final String bootstrapServers;
    private final Tokens tokens = Tokens.ofTestRealm();

    private RunningSystem(Map<String, ServiceProcess> services, String bootstrapServers) {
        this.services = services;
        this.bootstrapServers = bootstrapServers;
    }

    static synchronized RunningSystem shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    String url(String service) {
        return services.get(service).url();
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    Tokens tokens() {
        return tokens;
    }

    private static RunningSystem start() {
        PORTS.forEach((service, port) -> requireFree(port, service));
        KeycloakServer.shared();
        KafkaBroker kafka = KafkaBroker.shared();
        PostgresServer postgres = PostgresServer.shared();
        String jdbcUrl = postgres.createDatabase("modelintake");
        WireMockServer hub = new WireMockServer(WireMockConfiguration.options().dynamicPort().usingFilesUnderClasspath("hub"));
        hub.start();

        Path root = Path.of(System.getProperty("modelintake.root", "..")).toAbsolutePath().normalize();
        Path logs = Path.of(System.getProperty("modelintake.e2e.out", "target")).resolve("e2e-logs");
        Map<String, String> common = Map.of(
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.username", PostgresServer.APP_USERNAME,
                "quarkus.datasource.password", PostgresServer.APP_PASSWORD,
                "quarkus.oidc.auth-server-url", KeycloakServer.REALM_URL,
                "license.hub.base-url", hub.baseUrl(),
                "approval.intake.url", "http://127.0.0.1:" + PORTS.get(INTAKE));
        Map<String, ServiceProcess> services = new LinkedHashMap<>();
        // One after the other: Flyway of each service creates its schema, and two cores are shared.
        for (String service : List.of(INTAKE, LICENSE, DATASET, APPROVAL)) {
            ServiceProcess process = ServiceProcess.start(root, service, PORTS.get(service), common, logs);
            services.put(service, process);
            process.awaitReady(Duration.ofMinutes(3));
        }
        List<AutoCloseable> stop = new ArrayList<>(services.values());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.forEach(RunningSystem::closeQuietly);
            hub.stop();
        }, "e2e-system-stop"));
        return new RunningSystem(services, kafka.bootstrapServers());
    }

    private static void requireFree(int port, String service) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " of " + service + " is taken: stop the local system"
                    + " (deploy/stop.sh) before running the end-to-end tests", e);
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
