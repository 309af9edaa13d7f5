package io.modelintake.k8s;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelintake.k8s.OperatorResources.Kustomization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What {@code kubectl apply -k} would send for a kustomization, for the parts of Kustomize deploy/k8s uses
 * (resources, images, replicas, inline JSON 6902 patches of replace and add): every entry must act on something,
 * else it is a problem.
 */
final class Kustomize {

    record Rendered(List<JsonNode> documents, List<String> problems) {
    }

    private Kustomize() {
    }

    static Rendered render(Path folder) {
        List<JsonNode> documents = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        render(folder.normalize(), documents, problems);
        return new Rendered(documents, problems);
    }

    /** The *.yaml files beside a kustomization that it does not list, and the listed ones that do not exist. */
    static List<String> unlisted(Path folder) {
        Kustomization kustomization = Manifests.kustomization(folder);
        Set<String> files = new TreeSet<>();
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(path -> path.toString().endsWith(".yaml") && !Files.isDirectory(path))
                    .map(path -> path.getFileName().toString())
                    .filter(name -> !name.equals(Manifests.KUSTOMIZATION))
                    .forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> problems = new ArrayList<>();
        files.stream().filter(file -> !kustomization.resources().contains(file))
                .forEach(file -> problems.add(folder + ": " + file + " is not in kustomization.yaml, so never applied"));
        kustomization.resources().stream().filter(resource -> !Files.exists(folder.resolve(resource)))
                .forEach(resource -> problems.add(folder + ": resource " + resource + " does not exist"));
        return problems;
    }

    private static void render(Path folder, List<JsonNode> documents, List<String> problems) {
        Kustomization kustomization = Manifests.kustomization(folder);
        for (String resource : kustomization.resources()) {
            Path path = folder.resolve(resource).normalize();
            if (Files.isDirectory(path)) {
                render(path, documents, problems);
            } else {
                Manifests.documents(path).forEach(document -> documents.add(document.deepCopy()));
            }
        }
        String where = folder.resolve(Manifests.KUSTOMIZATION).toString();
        for (Kustomization.Image image : kustomization.images()) {
            boolean used = false;
            for (JsonNode document : documents) {
                for (JsonNode container : document.path("spec").path("template").path("spec").path("containers")) {
                    String current = container.path("image").asText();
                    if (current.replaceFirst(":[^:/]*$", "").equals(image.name())) {
                        String name = image.newName() == null ? image.name() : image.newName();
                        ((ObjectNode) container).put("image", image.newTag() == null ? name : name + ":" + image.newTag());
                        used = true;
                    }
                }
            }
            if (!used) {
                problems.add(where + ": image " + image.name() + " is no container's image");
            }
        }
        for (Kustomization.Replica replica : kustomization.replicas()) {
            List<JsonNode> targets = documents.stream().filter(document -> document.path("kind").asText().equals("Deployment")
                    && document.path("metadata").path("name").asText().equals(replica.name())).toList();
            if (targets.isEmpty()) {
                problems.add(where + ": replicas of " + replica.name() + ", which is no Deployment");
            }
            targets.forEach(target -> ((ObjectNode) target.path("spec")).put("replicas", replica.count()));
        }
        for (Kustomization.Patch patch : kustomization.patches()) {
            List<JsonNode> targets = documents.stream().filter(document -> selects(patch.target(), document)).toList();
            if (targets.isEmpty()) {
                problems.add(where + ": a patch's target " + patch.target() + " selects nothing");
            }
            JsonNode operations;
            try {
                operations = Manifests.YAML.readTree(patch.patch());
            } catch (IOException e) {
                problems.add(where + ": a patch is no YAML: " + e.getMessage());
                continue;
            }
            targets.forEach(target -> operations.forEach(operation -> apply(where, target, operation, problems)));
        }
    }

    private static boolean selects(Kustomization.Target target, JsonNode document) {
        if (target.kind() != null && !target.kind().equals(document.path("kind").asText())) {
            return false;
        }
        if (target.name() != null && !target.name().equals(document.path("metadata").path("name").asText())) {
            return false;
        }
        if (target.labelSelector() != null) {
            for (String requirement : target.labelSelector().split(",")) {
                String[] label = requirement.split("=", 2);
                if (!document.path("metadata").path("labels").path(label[0].trim()).asText().equals(label[1].trim())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void apply(String where, JsonNode target, JsonNode operation, List<String> problems) {
        String op = operation.path("op").asText();
        JsonPointer path = JsonPointer.compile(operation.path("path").asText());
        JsonNode parent = target.at(path.head());
        String last = path.last().getMatchingProperty();
        String describe = where + ": patch " + op + " " + path + " of " + target.path("kind").asText() + "/"
                + target.path("metadata").path("name").asText();
        if (!Set.of("replace", "add").contains(op)) {
            problems.add(describe + ": only replace and add are checked here");
        } else if (parent instanceof ObjectNode object && (op.equals("add") || object.has(last))) {
            object.set(last, operation.path("value").deepCopy());
        } else if (parent instanceof ArrayNode array && path.last().getMatchingIndex() >= 0
                && path.last().getMatchingIndex() < array.size()) {
            array.set(path.last().getMatchingIndex(), operation.path("value").deepCopy());
        } else {
            problems.add(describe + ": the path does not exist");
        }
    }
}
