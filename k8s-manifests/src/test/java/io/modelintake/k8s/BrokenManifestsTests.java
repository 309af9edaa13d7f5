package io.modelintake.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelintake.k8s.Manifests.Loaded;
import io.modelintake.k8s.Manifests.Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The checks catch each fault of {@code broken-manifests.yaml}, made on the committed manifests one at a time. */
class BrokenManifestsTests {

    /** Read once: each case changes a copy. */
    private static final List<Manifest> COMMITTED = Manifests.load(Deploy.K8S).manifests();
    private static final ProvidedSecrets SECRETS = Deploy.providedSecrets();

    record Case(String name, String resource, String pointer, JsonNode value, boolean remove, String problem) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() throws IOException {
        try (InputStream in = BrokenManifestsTests.class.getResourceAsStream("/broken-manifests.yaml")) {
            List<Case> cases = new ArrayList<>();
            for (JsonNode node : Manifests.YAML.readTree(in)) {
                cases.add(new Case(node.path("case").asText(), node.path("resource").asText(), node.path("pointer").asText(),
                        node.path("value"), node.path("remove").asBoolean(), node.path("problem").asText()));
            }
            return cases.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theFaultIsReported(Case fault) {
        List<JsonNode> trees = new ArrayList<>();
        boolean found = false;
        for (Manifest manifest : COMMITTED) {
            JsonNode tree = manifest.tree().deepCopy();
            if ((manifest.kind() + "/" + manifest.name()).equals(fault.resource())) {
                change(tree, JsonPointer.compile(fault.pointer()), fault);
                found = true;
            }
            trees.add(tree);
        }
        assertThat(found).as("resource %s", fault.resource()).isTrue();

        Loaded loaded = Manifests.parse("broken", trees);
        List<String> problems = new ArrayList<>(loaded.problems());
        if (problems.isEmpty()) {
            problems.addAll(ManifestChecks.check(loaded.manifests(), SECRETS, Deploy.REPOSITORY));
        }

        assertThat(problems).anySatisfy(problem -> assertThat(problem).contains(fault.problem()));
    }

    private static void change(JsonNode tree, JsonPointer pointer, Case fault) {
        JsonNode parent = tree.at(pointer.head());
        if (parent instanceof ArrayNode array) {
            int index = pointer.last().getMatchingIndex();
            assertThat(index).as("%s in %s", pointer, fault.resource()).isBetween(0, array.size() - 1);
            if (fault.remove()) {
                array.remove(index);
            } else {
                array.set(index, fault.value());
            }
        } else {
            assertThat(parent).as("%s in %s", pointer.head(), fault.resource()).isInstanceOf(ObjectNode.class);
            String field = pointer.last().getMatchingProperty();
            if (fault.remove()) {
                assertThat(((ObjectNode) parent).remove(field)).as("%s in %s", pointer, fault.resource()).isNotNull();
            } else {
                ((ObjectNode) parent).set(field, fault.value());
            }
        }
    }
}
