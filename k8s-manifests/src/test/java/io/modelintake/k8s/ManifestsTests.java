package io.modelintake.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.modelintake.contracts.events.EventBus;
import io.modelintake.k8s.Manifests.Loaded;
import io.modelintake.k8s.Manifests.Manifest;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every file of deploy/k8s and the prod overlay, as typed models, with every reference resolved. */
class ManifestsTests {

    @Test
    void everyManifestParsesIntoItsTypedModelWithoutUnknownFields() {
        Loaded loaded = Manifests.load(Deploy.K8S);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.manifests()).extracting(Manifest::kind).contains("Kafka", "KafkaUser", "KafkaTopic",
                "Cluster", "Database", "Keycloak", "KeycloakRealmImport", "Deployment", "Ingress", "PodDisruptionBudget");
        for (var folder : List.of(Deploy.K8S, Deploy.PROD)) {
            assertThat(Files.exists(folder.resolve(Manifests.KUSTOMIZATION))).isTrue();
            Manifests.kustomization(folder);
        }
    }

    @Test
    void theBaseKustomizationAppliesEveryFileBesideIt() {
        assertThat(Kustomize.unlisted(Deploy.K8S)).isEmpty();
    }

    @Test
    void theBaseHasNoDanglingReferenceAndEveryServiceIsConfiguredForTheCluster() {
        List<Manifest> manifests = Manifests.load(Deploy.K8S).manifests();

        assertThat(ManifestChecks.check(manifests, Deploy.providedSecrets(), Deploy.REPOSITORY)).isEmpty();
        assertThat(manifests).filteredOn(manifest -> manifest.typed() instanceof Deployment).extracting(Manifest::name)
                .containsExactlyInAnyOrderElementsOf(EventBus.standard().services().stream().map(EventBus.Service::name).toList());
    }

    @Test
    void theProdOverlayRendersIntoManifestsThatPassTheSameChecks() {
        Kustomize.Rendered rendered = Kustomize.render(Deploy.PROD);
        assertThat(rendered.problems()).isEmpty();
        Loaded loaded = Manifests.parse("overlays/prod (rendered)", rendered.documents());
        assertThat(loaded.problems()).isEmpty();

        assertThat(ManifestChecks.check(loaded.manifests(), Deploy.providedSecrets(), Deploy.REPOSITORY)).isEmpty();
        List<Deployment> deployments = loaded.manifests().stream().map(Manifest::typed)
                .filter(Deployment.class::isInstance).map(Deployment.class::cast).toList();
        assertThat(deployments).hasSize(4).allSatisfy(deployment -> {
            assertThat(deployment.getSpec().getReplicas()).isEqualTo(3);
            assertThat(deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getResources().getLimits())
                    .containsKey("memory");
        });
        assertThat(rendered.documents()).filteredOn(document -> document.path("kind").asText().equals("KafkaNodePool"))
                .extracting(document -> document.at("/spec/storage/size").asText()).containsExactly("200Gi");
    }

    @Test
    void everyTopicOfTheBusAndItsDeadLetterAndReplayTopicsIsAKafkaTopic() {
        List<String> topics = Manifests.load(Deploy.K8S).manifests().stream()
                .filter(manifest -> manifest.kind().equals("KafkaTopic"))
                .map(manifest -> manifest.tree().path("spec").path("topicName"))
                .map(JsonNode::asText).toList();

        for (EventBus.Topic topic : EventBus.standard().topics()) {
            assertThat(topics).contains(topic.name(), topic.deadLetterTopic());
            topic.readers().forEach(reader -> assertThat(topics).contains(topic.replayTopic(reader)));
        }
    }
}
