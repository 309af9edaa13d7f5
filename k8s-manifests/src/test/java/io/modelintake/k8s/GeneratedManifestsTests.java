package io.modelintake.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.contracts.events.EventBus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed topics, users and realm import are exactly what their definitions make, so they cannot drift from
 * event-bus.yaml or realm-provisioner. After changing either, regenerate:
 * {@code ./mvnw -B -q -pl k8s-manifests -am test -Dtest=GeneratedManifestsTests -Dk8s.write=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class GeneratedManifestsTests {

    @Test
    void theCommittedGeneratedManifestsMatchTheirDefinitions() throws IOException {
        Map<String, String> generated = GeneratedManifests.all(EventBus.standard());
        for (Map.Entry<String, String> file : generated.entrySet()) {
            Path committed = Deploy.K8S.resolve(file.getKey());
            if (Boolean.getBoolean("k8s.write")) {
                Files.writeString(committed, file.getValue());
            }
            assertThat(Files.readString(committed))
                    .as("deploy/k8s/%s differs from what GeneratedManifests makes: regenerate it (see this test's javadoc)",
                            file.getKey())
                    .isEqualTo(file.getValue());
        }
    }
}
