package io.modelintake.dataset.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelintake.contracts.events.Topics;
import io.modelintake.testsupport.CloudEventsClient;
import io.modelintake.testsupport.KafkaTestResource;
import io.modelintake.testsupport.KeycloakTestResource;
import io.modelintake.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** A resolved request goes on to approval with the licence findings it came with and the dataset findings added. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class LicenseResolvedConsumerTests {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper mapper;

    @Test
    void aResolvedRequestIsAssessedWithDatasetSourceAndJurisdictionFindings() throws Exception {
        UUID id = UUID.randomUUID();
        String resolved = """
                {"request": {"id": "%s", "requester": "alice", "submittedAt": "2026-11-26T10:00:00Z",
                             "model": {"name": "CLIP ViT-B/32 LAION-2B", "repoId": "laion/CLIP-ViT-B-32-laion2B-s34B-b79K",
                                       "license": "mit", "datasets": ["laion/laion2B-en"]},
                             "intendedUse": {"activities": ["COMMERCIAL_PRODUCT"], "jurisdictions": ["DE", "JP"]}},
                 "lineage": {"modelId": "laion/CLIP-ViT-B-32-laion2B-s34B-b79K", "licenseExpression": "MIT",
                             "licenseOrigin": "request",
                             "datasets": [{"id": "laion/laion2B-en", "namedBy": "laion/CLIP-ViT-B-32-laion2B-s34B-b79K"},
                                          {"id": "imagenet-1k", "namedBy": "laion/CLIP-ViT-B-32-laion2B-s34B-b79K"}]},
                 "findings": [{"code": "LICENSE_PERMITS_ACTIVITY", "severity": "INFO",
                               "subject": {"kind": "license", "id": "MIT"}, "activity": "COMMERCIAL_PRODUCT",
                               "verdict": "ALLOWED", "message": "MIT allows it", "ruleId": "LICENSE_ACTIVITY_TERM"}],
                 "licenseKnowledgeVersion": "test"}
                """.formatted(id);
        try (CloudEventsClient kafka = new CloudEventsClient(bootstrapServers)) {
            kafka.send(Topics.LICENSE_RESOLVED, id.toString(), CloudEventsClient.newEventId(), Topics.TYPE_LICENSE_RESOLVED,
                    resolved);
            List<CloudEventsClient.Event> assessed = kafka.await(Topics.DATASETS_ASSESSED, e -> id.toString().equals(e.key()),
                    1, Duration.ofSeconds(30));
            assertThat(assessed).singleElement().satisfies(e ->
                    assertThat(e.header("ce_type")).isEqualTo(Topics.TYPE_DATASETS_ASSESSED));
            JsonNode event = mapper.readTree(assessed.get(0).value());
            assertThat(event.path("licenseFindings").get(0).path("code").asText()).isEqualTo("LICENSE_PERMITS_ACTIVITY");
            List<String> kinds = new ArrayList<>();
            event.path("datasetFindings").forEach(f -> kinds.add(f.path("subject").path("kind").asText()));
            assertThat(kinds).contains("dataset", "data-source", "jurisdiction");
            event.path("datasetFindings").forEach(f -> assertThat(f.path("citations").size())
                    .as("citations of %s", f.path("code").asText()).isPositive());
            assertThat(event.path("datasetKnowledgeVersion").asText()).isNotBlank();

            assertThat(kafka.await(Topics.DECISION_RECORDED, e -> id.toString().equals(e.key())
                    && e.value().contains("DATASET_ASSESSMENT"), 1, Duration.ofSeconds(20))).hasSize(1);
        }
    }
}
