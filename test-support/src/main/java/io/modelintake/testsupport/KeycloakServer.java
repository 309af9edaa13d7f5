package io.modelintake.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real Keycloak 26.7.3 of the tests, on {@value #URL} with realm {@value #REALM}. Reuses a Keycloak that
 * already serves the realm (CI and deploy/infra.sh start one before Maven runs); otherwise obtains the
 * distribution from Maven Central into {@code ~/.cache/model-intake}, starts it in dev mode, provisions the
 * realm with realm-provisioner (profile {@code test}) and stops it again when closed.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String VERSION = "26.7.3";
    public static final String URL = "http://127.0.0.1:8180";
    public static final String REALM = "model-intake";
    public static final String REALM_URL = URL + "/realms/" + REALM;
    public static final String APPROVAL_UI_CLIENT = "approval-ui";
    /** realm-provisioner's local default; only valid in the local and test realm. */
    public static final String APPROVAL_UI_SECRET = "approval-ui-local-secret";
    public static final String SERVICES_CLIENT = "model-intake-services";
    public static final String SERVICES_SECRET = "model-intake-services-local-secret";

    private static final String PORT = "8180";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
    private static final Duration PROVISION_TIMEOUT = Duration.ofSeconds(300);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private final Optional<Process> process;

    private KeycloakServer(Optional<Process> process) {
        this.process = process;
    }

    /** Keycloak with the realm for this JVM; one this JVM had to start is stopped when the JVM exits. */
    public static synchronized KeycloakServer shared() {
        KeycloakServer keycloak = startOrReuse();
        keycloak.process.ifPresent(started ->
                Runtime.getRuntime().addShutdownHook(new Thread(keycloak::close, "keycloak-shutdown")));
        return keycloak;
    }

    /** Keycloak with the realm; the caller closes it, which stops Keycloak only if this call started it. */
    public static KeycloakServer startOrReuse() {
        if (answers(REALM_URL + "/.well-known/openid-configuration")) {
            return new KeycloakServer(Optional.empty());
        }
        Optional<Process> started = Optional.empty();
        if (!answers(URL + "/realms/master/.well-known/openid-configuration")) {
            started = Optional.of(launch(distribution()));
        }
        KeycloakServer keycloak = new KeycloakServer(started);
        try {
            provisionRealm();
        } catch (RuntimeException e) {
            keycloak.close();
            throw e;
        }
        return keycloak;
    }

    public boolean startedHere() {
        return process.isPresent();
    }

    @Override
    public void close() {
        process.ifPresent(running -> {
            // kc.sh starts the Keycloak JVM as its child: stop the whole tree, children first.
            running.descendants().sorted(Comparator.comparing(ProcessHandle::pid).reversed()).forEach(ProcessHandle::destroy);
            running.destroy();
            try {
                if (!running.waitFor(30, TimeUnit.SECONDS)) {
                    running.descendants().forEach(ProcessHandle::destroyForcibly);
                    running.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    static boolean answers(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Process launch(Path home) {
        Path log = home.resolve("data").resolve("keycloak-test-support.log");
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + PORT, "--http-host=127.0.0.1")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(mkdirs(log.getParent()).resolve(log.getFileName()).toFile()));
        builder.environment().putAll(Map.of(
                "JAVA_HOME", javaHomeForKeycloak(),
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"));
        Process process = start(builder);
        boolean ready = Await.until(START_TIMEOUT, Duration.ofSeconds(1),
                () -> !process.isAlive() || answers(URL + "/realms/master/.well-known/openid-configuration"));
        if (!ready || !process.isAlive()) {
            new KeycloakServer(Optional.of(process)).close();
            throw new IllegalStateException("Keycloak did not start within " + START_TIMEOUT + ": see " + log);
        }
        return process;
    }

    /** Keycloak recommends Java 21+: the newest Temurin JDK under /usr/lib/jvm if there is one, else this JVM's. */
    private static String javaHomeForKeycloak() {
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> candidates = Files.list(jvms)) {
                Optional<Path> temurin = candidates
                        .filter(path -> path.getFileName().toString().matches("temurin-\\d+-jdk.*"))
                        .filter(path -> Files.isExecutable(path.resolve("bin/java")))
                        .max(Comparator.comparingInt(KeycloakServer::majorVersion));
                if (temurin.isPresent()) {
                    return temurin.get().toString();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return System.getProperty("java.home");
    }

    private static int majorVersion(Path jdk) {
        return Integer.parseInt(jdk.getFileName().toString().replaceAll("temurin-(\\d+)-.*", "$1"));
    }

    /** The unpacked distribution, downloaded and unpacked once per machine. */
    static Path distribution() {
        Path cache = cacheDirectory();
        Path home = cache.resolve("keycloak-" + VERSION);
        if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
            return home;
        }
        String archiveName = "keycloak-quarkus-dist-" + VERSION + ".tar.gz";
        Path archive = cache.resolve(archiveName);
        Path inLocalRepository = Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "keycloak",
                "keycloak-quarkus-dist", VERSION, archiveName);
        if (!Files.isRegularFile(archive)) {
            archive = Files.isRegularFile(inLocalRepository) ? inLocalRepository : download(cache, archive);
        }
        run(new ProcessBuilder("tar", "xzf", archive.toString(), "-C", cache.toString()), Duration.ofMinutes(5),
                "unpacking " + archive);
        return home;
    }

    private static Path download(Path cache, Path archive) {
        run(new ProcessBuilder(maven(), "-q", "-B", "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy",
                "-Dartifact=org.keycloak:keycloak-quarkus-dist:" + VERSION + ":tar.gz",
                "-DoutputDirectory=" + cache).directory(cache.toFile()),
                Duration.ofMinutes(10), "downloading the Keycloak distribution");
        return archive;
    }

    private static Path cacheDirectory() {
        String configured = System.getenv("MODELINTAKE_CACHE");
        Path cache = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "model-intake");
        return mkdirs(cache);
    }

    /**
     * Runs realm-provisioner's jar as its own process: the plain keycloak-admin-client must not be on a Quarkus
     * REST test classpath. The jar is {@code -Dmodel-intake-test.realm-provisioner.jar}, or the project's own build
     * of it (built here when missing).
     */
    private static void provisionRealm() {
        Path jar = provisionerJar();
        run(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "--server", URL, "--profile", "test"), PROVISION_TIMEOUT, "provisioning realm " + REALM);
        if (!answers(REALM_URL + "/.well-known/openid-configuration")) {
            throw new IllegalStateException("Realm " + REALM + " does not answer after provisioning");
        }
    }

    private static Path provisionerJar() {
        String configured = System.getProperty("model-intake-test.realm-provisioner.jar");
        if (configured != null) {
            return Path.of(configured);
        }
        Path root = projectRoot().orElseThrow(() -> new IllegalStateException(
                "Realm " + REALM + " is missing and realm-provisioner was not found from " + System.getProperty("user.dir")
                        + ": run deploy/infra.sh start, or set -Dmodel-intake-test.realm-provisioner.jar"));
        Path jar = root.resolve("realm-provisioner/target/realm-provisioner-all.jar");
        if (!Files.isRegularFile(jar)) {
            run(new ProcessBuilder(maven(), "-q", "-B", "-pl", "realm-provisioner", "-DskipTests", "package")
                    .directory(root.toFile()), Duration.ofMinutes(10), "building realm-provisioner");
        }
        return jar;
    }

    private static Optional<Path> projectRoot() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("realm-provisioner/pom.xml"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /** Maven of the running build (surefire passes maven.home), else the one on the PATH. */
    private static String maven() {
        String home = System.getProperty("maven.home");
        if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
            return Path.of(home, "bin", "mvn").toString();
        }
        return "mvn";
    }

    private static Process start(ProcessBuilder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + builder.command(), e);
        }
    }

    private static void run(ProcessBuilder builder, Duration timeout, String what) {
        List<String> output = new ArrayList<>();
        Process process = start(builder.redirectErrorStream(true));
        try (var lines = process.inputReader().lines()) {
            lines.forEach(output::add);
        }
        try {
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(what + " took longer than " + timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + what, e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(what + " failed (exit " + process.exitValue() + "): " + String.join("\n", output));
        }
    }

    private static Path mkdirs(Path directory) {
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + directory, e);
        }
    }
}
