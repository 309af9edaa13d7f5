package io.modelintake.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Issue 16: the four images Jib pushed to the local registry ({@code deploy/images.sh}, or {@code ./mvnw -Dimages
 * verify}), read back with skopeo as a cluster would pull them: the user, the entrypoint, the exposed port and the
 * labels of their configuration, no shell in the base, no secret in any layer, and the production overlay naming
 * exactly these images. Runs only when {@code -Dimages.registry=host:port} names the registry (deploy/test.sh sets
 * it with {@code -Dimages}, so the images are built and pushed as the services are packaged in the same build).
 */
@EnabledIfSystemProperty(named = "images.registry", matches = ".+")
class ImagesIT {

    static final List<String> SERVICES = RunningSystem.SERVICES;
    static final String REGISTRY = System.getProperty("images.registry");
    static final String TAG = "0.1.0";
    static final String BASE = REGISTRY + "/model-intake/jre17-base:bookworm-1";
    /** The user of the base image and of every Deployment's securityContext (deploy/k8s/services.yaml). */
    static final String USER = "10001:10001";
    private static final ObjectMapper JSON = new ObjectMapper();

    static String reference(String service) {
        return REGISTRY + "/model-intake/" + service + ":" + TAG;
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("SERVICES")
    void theConfigurationRunsJavaAsTheUnprivilegedUserOnTheServicesPort(String service) {
        JsonNode config = skopeoJson("inspect", "--config", "docker://" + reference(service)).path("config");
        int port = 8081 + SERVICES.indexOf(service);

        assertThat(config.path("User").asText()).isEqualTo(USER);
        assertThat(config.path("ExposedPorts").has(port + "/tcp")).as("exposes %d: %s", port, config.path("ExposedPorts")).isTrue();
        assertThat(config.path("ExposedPorts").size()).isEqualTo(1);
        List<String> entrypoint = texts(config.path("Entrypoint"));
        assertThat(entrypoint).as("no shell between the runtime and the JVM").first().isEqualTo("java");
        assertThat(entrypoint).endsWith("-jar", "quarkus-run.jar");
        assertThat(config.path("WorkingDir").asText()).isNotBlank();
        JsonNode labels = config.path("Labels");
        assertThat(labels.path("org.opencontainers.image.title").asText()).isEqualTo(service);
        assertThat(labels.path("org.opencontainers.image.version").asText()).isEqualTo(TAG);
        assertThat(labels.path("org.opencontainers.image.base.name").asText()).isEqualTo("debian:bookworm");
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("SERVICES")
    void noLayerCarriesASecret(String service, @TempDir Path work) {
        Path image = work.resolve("image");
        run("skopeo", "copy", "--quiet", "--src-tls-verify=false", "docker://" + reference(service), "dir:" + image);
        Set<String> baseLayers = new HashSet<>(texts(skopeoJson("inspect", "docker://" + BASE).path("Layers")));
        List<String> findings = new ArrayList<>();
        int appLayers = 0;
        for (String layer : layers(image)) {
            if (baseLayers.contains(layer)) {
                continue;
            }
            appLayers++;
            Path files = work.resolve("layer-" + appLayers);
            findings.addAll(scan(image.resolve(layer.substring("sha256:".length())), files));
        }
        assertThat(appLayers).as("the service's own layers on the base").isPositive();
        assertThat(findings).isEmpty();
    }

    @Test
    void theBaseHasTheJreNoShellAndTheUnprivilegedUser(@TempDir Path work) {
        JsonNode config = skopeoJson("inspect", "--config", "docker://" + BASE).path("config");
        assertThat(config.path("User").asText()).isEqualTo(USER);
        run("skopeo", "copy", "--quiet", "--src-tls-verify=false", "docker://" + BASE, "dir:" + work);
        List<String> layers = layers(work);
        assertThat(layers).hasSize(1);
        String listing = run("tar", "-tzf", work.resolve(layers.get(0).substring("sha256:".length())).toString());
        assertThat(listing.lines()).anyMatch(path -> path.matches("\\.?/?usr/lib/jvm/java-17-openjdk-amd64/bin/java"));
        assertThat(listing.lines()).noneMatch(path -> path.matches("\\.?/?(usr/)?bin/(sh|bash|dash|rbash)"));
    }

    @Test
    void theProductionOverlayNamesThesePushedImages() throws IOException {
        Path root = Path.of(System.getProperty("modelintake.root", "..")).toAbsolutePath().normalize();
        JsonNode overlay = new YAMLMapper().readTree(root.resolve("deploy/k8s/overlays/prod/kustomization.yaml").toFile());
        List<String> named = new ArrayList<>();
        overlay.path("images").forEach(image -> named.add(image.path("newName").asText() + ":" + image.path("newTag").asText()));
        assertThat(named).containsExactlyInAnyOrderElementsOf(SERVICES.stream().map(ImagesIT::reference).toList());
    }

    /** The findings in one gzip layer, unpacked with tar into {@code into}. */
    private static List<String> scan(Path layer, Path into) {
        try {
            Files.createDirectories(into);
            run("tar", "-xzf", layer.toString(), "-C", into.toString(), "--no-same-owner", "--no-same-permissions");
            List<String> findings = new ArrayList<>();
            try (Stream<Path> files = Files.walk(into)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    findings.addAll(ImageSecrets.findings(into.relativize(file).toString(), Files.readAllBytes(file)));
                }
            }
            return findings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> layers(Path image) {
        try {
            List<String> digests = new ArrayList<>();
            JSON.readTree(image.resolve("manifest.json").toFile()).path("layers")
                    .forEach(layer -> digests.add(layer.path("digest").asText()));
            return digests;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode skopeoJson(String... arguments) {
        List<String> command = new ArrayList<>(List.of("skopeo"));
        command.add(arguments[0]);
        command.add("--tls-verify=false");
        command.addAll(List.of(arguments).subList(1, arguments.length));
        try {
            return JSON.readTree(run(command.toArray(String[]::new)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    /** Runs a command to its end and returns what it printed; a failure names the command and its error output. */
    static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            String err = new String(process.getErrorStream().readAllBytes());
            int status = process.waitFor();
            if (status != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + status + "): " + err);
            }
            return new String(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
