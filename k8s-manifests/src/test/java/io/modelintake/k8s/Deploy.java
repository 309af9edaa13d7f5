package io.modelintake.k8s;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository and its manifests are, seen from this module's folder (surefire's working directory). */
final class Deploy {

    static final Path REPOSITORY = repository();
    static final Path K8S = REPOSITORY.resolve("deploy/k8s");
    static final Path PROD = K8S.resolve("overlays/prod");
    static final Path SECRETS_SCRIPT = K8S.resolve("create-secrets.sh");

    private Deploy() {
    }

    private static Path repository() {
        Path here = Path.of("").toAbsolutePath();
        Path root = Files.isDirectory(here.resolve("deploy/k8s")) ? here : here.getParent();
        return root.normalize();
    }

    static ProvidedSecrets providedSecrets() {
        return ProvidedSecrets.read(SECRETS_SCRIPT);
    }
}
