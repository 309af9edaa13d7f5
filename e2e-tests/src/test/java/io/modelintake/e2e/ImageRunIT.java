package io.modelintake.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.modelintake.testsupport.BusAccess;
import io.modelintake.testsupport.KafkaBroker;
import io.modelintake.testsupport.KeycloakServer;
import io.modelintake.testsupport.PostgresServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issue 16: one pushed image run by podman as a Deployment of deploy/k8s runs it (its prod profile with the secrets
 * from the environment, user 10001, read-only root file system with /tmp writable, no capabilities), on the host's
 * network against the test JVM's Kafka and PostgreSQL and the realm's Keycloak, until it reports ready; and the
 * same image without its secrets stops at once, naming the variables to set (platform's SecretsGuard).
 *
 * <p>On this machine (a Firecracker VM) podman runs rootful only with runc, since crun refuses the VM's hybrid
 * cgroups ("cgroups in hybrid mode not supported"), and with resource limits at or below the VM's, since the VM
 * gives root no CAP_SYS_RESOURCE (crun and runc: "setrlimit RLIMIT_NOFILE: Operation not permitted").
 */
@EnabledIfSystemProperty(named = "images.registry", matches = ".+")
class ImageRunIT {

    private static final String SERVICE = RunningSystem.LICENSE;
    private static final String NAME = "model-intake-image-run-it";
    private final List<String> started = new ArrayList<>();

    @Test
    void theLicenseServiceImageBecomesReadyAgainstTheLocalInfrastructure() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/podman")), "podman is not installed");
        KeycloakServer.shared();
        String jdbcUrl = PostgresServer.shared().createDatabase("imagerun");
        String bootstrap = KafkaBroker.shared().bootstrapServers();
        int port = freePort();
        ImagesIT.run("podman", "rm", "--force", "--ignore", NAME);

        List<String> command = podmanRun("--detach", "--name", NAME);
        env(command, "QUARKUS_HTTP_PORT", String.valueOf(port));
        env(command, "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env(command, "QUARKUS_DATASOURCE_USERNAME", PostgresServer.APP_USERNAME);
        env(command, "QUARKUS_DATASOURCE_PASSWORD", PostgresServer.APP_PASSWORD);
        env(command, "KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        env(command, "MODELINTAKE_BUS_PASSWORD", BusAccess.localPassword(SERVICE));
        env(command, "QUARKUS_OIDC_AUTH_SERVER_URL", KeycloakServer.REALM_URL);
        command.add(ImagesIT.reference(SERVICE));
        ImagesIT.run(command.toArray(String[]::new));
        started.add(NAME);

        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                .untilAsserted(() -> assertThat(http.send(ready, HttpResponse.BodyHandlers.ofString()).statusCode())
                        .as("ready; container log:%n%s", ImagesIT.run("podman", "logs", "--tail", "20", NAME))
                        .isEqualTo(200));
        assertThat(ImagesIT.run("podman", "inspect", "--format", "{{.Config.User}}", NAME).strip()).isEqualTo(ImagesIT.USER);
    }

    @Test
    void withoutItsSecretsTheImageStopsBeforeAnythingStartsAndNamesThem() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/podman")), "podman is not installed");
        List<String> command = podmanRun("--rm");
        command.add(ImagesIT.reference(SERVICE));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes());

        assertThat(process.waitFor()).as(output).isNotZero();
        assertThat(output).contains(SERVICE + " refuses to start without its secrets: set QUARKUS_DATASOURCE_USERNAME,"
                + " QUARKUS_DATASOURCE_PASSWORD, MODELINTAKE_BUS_PASSWORD");
        assertThat(output).doesNotContain("Flyway");
    }

    /** podman run as a Deployment of deploy/k8s runs the image, within what this VM allows (class comment). */
    private static List<String> podmanRun(String... options) {
        String runtime = Files.isExecutable(Path.of("/usr/sbin/runc")) ? "runc" : "crun";
        List<String> command = new ArrayList<>(List.of("podman", "--runtime", runtime, "run"));
        command.addAll(List.of(options));
        command.addAll(List.of("--tls-verify=false", "--pull=always", "--network=host", "--read-only", "--tmpfs=/tmp",
                "--cap-drop=ALL", "--security-opt=no-new-privileges", "--ulimit=nofile=4096:4096", "--ulimit=nproc=4096:4096"));
        return command;
    }

    @AfterEach
    void removeContainer() {
        for (String name : started) {
            ImagesIT.run("podman", "rm", "--force", "--ignore", name);
        }
    }

    private static void env(List<String> command, String name, String value) {
        command.add("--env=" + name + "=" + value);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
