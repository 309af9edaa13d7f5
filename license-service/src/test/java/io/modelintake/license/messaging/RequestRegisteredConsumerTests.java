package io.modelintake.license.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelintake.contracts.events.Topics;
import io.modelintake.license.HubStubResource;
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

/** A request given only by repo id: the card comes from the (stub) Hub, the lineage from the catalogue. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
@WithTestResource(HubStubResource.class)
class RequestRegisteredConsumerTests {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper mapper;

    @Test
    void aRepoIdOnlyRequestIsResolvedThroughTheHubWithLineageFindings() throws Exception {
        UUID id = UUID.randomUUID();
        String registered = """
                {"request": {"id": "%s", "requester": "alice", "submittedAt": "2026-11-26T10:00:00Z",
                             "model": {"name": "Pixel Art XL", "source": "huggingface", "repoId": "nerijs/pixel-art-xl"},
                             "intendedUse": {"activities": ["COMMERCIAL_PRODUCT", "SERVE_AS_API"], "jurisdictions": ["US"],
                                             "expectedMonthlyActiveUsers": 1000}}}
                """.formatted(id);
        try (CloudEventsClient kafka = new CloudEventsClient(bootstrapServers)) {
            kafka.send(Topics.REQUEST_REGISTERED, id.toString(), CloudEventsClient.newEventId(),
                    Topics.TYPE_REQUEST_REGISTERED, registered);
            List<CloudEventsClient.Event> resolved = kafka.await(Topics.LICENSE_RESOLVED, e -> id.toString().equals(e.key()),
                    1, Duration.ofSeconds(30));
            assertThat(resolved).hasSize(1);
            JsonNode event = mapper.readTree(resolved.get(0).value());
            assertThat(event.path("lineage").path("licenseOrigin").asText()).isEqualTo("model-card");
            assertThat(event.path("lineage").path("baseModels").get(0).path("repoId").asText())
                    .isEqualTo("stabilityai/stable-diffusion-xl-base-1.0");
            List<String> kinds = new ArrayList<>();
            event.path("findings").forEach(f -> {
                kinds.add(f.path("subject").path("kind").asText());
                assertThat(f.path("ruleId").asText()).as("rule id of %s", f).isNotBlank();
            });
            assertThat(kinds).contains("license", "base-model");
            assertThat(kafka.await(Topics.DECISION_RECORDED,
                    e -> id.toString().equals(e.key()) && e.value().contains("LICENSE_RESOLUTION"), 1, Duration.ofSeconds(20)))
                    .hasSize(1);
        }
    }
}
