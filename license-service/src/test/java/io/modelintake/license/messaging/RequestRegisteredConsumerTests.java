package io.modelintake.license.messaging;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.modelintake.contracts.events.Topics;
import io.modelintake.license.HubStubResource;
import io.modelintake.license.evaluation.ModelCardLookup;
import io.modelintake.license.evaluation.ModelCards;
import io.modelintake.testsupport.CloudEventsClient;
import io.modelintake.testsupport.KafkaTestResource;
import io.modelintake.testsupport.KeycloakTestResource;
import io.modelintake.testsupport.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The consumer of intake.request.registered with the (stub) Hub: cards are read before, never inside, the transaction. */
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

    @Inject
    ModelCards cards;

    @HubStubResource.StubHub
    WireMockServer hub;

    @Test
    void aRepoIdOnlyRequestIsResolvedThroughTheHubWithLineageFindings() throws Exception {
        UUID id = UUID.randomUUID();
        JsonNode event = resolve(id, """
                {"name": "Pixel Art XL", "source": "huggingface", "repoId": "nerijs/pixel-art-xl"}""");

        assertThat(event.path("lineage").path("licenseOrigin").asText()).as("%s", event).isEqualTo("model-card");
        assertThat(event.path("lineage").path("baseModels").get(0).path("repoId").asText())
                .isEqualTo("stabilityai/stable-diffusion-xl-base-1.0");
        List<String> kinds = new ArrayList<>();
        event.path("findings").forEach(f -> {
            kinds.add(f.path("subject").path("kind").asText());
            assertThat(f.path("ruleId").asText()).as("rule id of %s", f).isNotBlank();
        });
        assertThat(kinds).contains("license", "base-model");
        try (CloudEventsClient kafka = new CloudEventsClient(bootstrapServers)) {
            assertThat(kafka.await(Topics.DECISION_RECORDED,
                    e -> id.toString().equals(e.key()) && e.value().contains("LICENSE_RESOLUTION"), 1, Duration.ofSeconds(20)))
                    .hasSize(1);
        }
    }

    @Test
    void aLlamaRequestCarriesItsLicenceTextHashAndThatItBindsByClickThrough() throws Exception {
        JsonNode event = resolve(UUID.randomUUID(), """
                {"name": "Llama 3.1 support bot", "source": "other", "license": "llama3.1"}""");

        JsonNode llama = event.path("lineage").path("licenses").get(0);
        assertThat(llama.path("id").asText()).as("%s", event).isEqualTo("LicenseRef-Llama-3.1-Community");
        // the sha256 of texts/LicenseRef-Llama-3.1-Community.txt, as its .source.yaml records it
        assertThat(llama.path("textSha256").asText())
                .isEqualTo("bf2eac60b81e5c5f779fc3b4849d3bfacfd63f97f3eb68b44e9c6868c5801712");
        assertThat(llama.path("acceptance").path("clause").asText()).contains("I Accept");
    }

    @Test
    void theHubIsReadWithNoTransactionOpen() throws Exception {
        // inside a transaction the client refuses (next test), so a card read here proves none was open
        serve("acme/read-before-the-transaction", aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBodyFile("bert-base-uncased.json"));

        JsonNode event = resolve(UUID.randomUUID(), """
                {"name": "acme model", "source": "huggingface", "repoId": "acme/read-before-the-transaction"}""");

        assertThat(event.path("lineage").path("licenseOrigin").asText()).isEqualTo("model-card");
        assertThat(event.path("lineage").path("licenseExpression").asText()).isEqualTo("Apache-2.0");
        hub.verify(1, getRequestedFor(urlEqualTo("/api/models/acme/read-before-the-transaction")));
    }

    @Test
    void insideATransactionTheHubClientRefusesToCall() {
        serve("acme/asked-in-a-transaction", aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBodyFile("bert-base-uncased.json"));

        ModelCardLookup answer = QuarkusTransaction.requiringNew().call(() -> cards.find("acme/asked-in-a-transaction"));

        assertThat(answer).isInstanceOf(ModelCardLookup.Unreachable.class);
        hub.verify(0, getRequestedFor(urlEqualTo("/api/models/acme/asked-in-a-transaction")));
    }

    @Test
    void aHubThatTimesOutOrIsDownIsAnInfoFindingAndTheRequestIsStillResolved() throws Exception {
        serve("acme/hub-times-out", aResponse().withStatus(200).withFixedDelay(12_000)
                .withHeader("Content-Type", "application/json").withBodyFile("bert-base-uncased.json"));
        serve("acme/hub-is-down", aResponse().withStatus(503));

        for (String repoId : List.of("acme/hub-times-out", "acme/hub-is-down")) {
            JsonNode event = resolve(UUID.randomUUID(), """
                    {"name": "declared MIT", "source": "huggingface", "repoId": "%s", "license": "mit"}""".formatted(repoId));

            assertThat(event.path("lineage").path("licenseExpression").asText()).as(repoId).isEqualTo("MIT");
            List<String> unreachable = new ArrayList<>();
            event.path("findings").forEach(f -> {
                if (f.path("code").asText().equals("MODEL_CARD_UNREACHABLE")) {
                    unreachable.add(f.path("subject").path("id").asText() + " " + f.path("severity").asText());
                }
            });
            assertThat(unreachable).as(repoId).containsExactly(repoId + " INFO");
        }
    }

    @Test
    void aCivitaiLoraOnFluxDevIsResolvedAgainstCivitaiAndItsBaseModelsLicenceBinds() throws Exception {
        JsonNode event = resolve(UUID.randomUUID(), """
                {"name": "Neon Noir", "source": "civitai",
                 "sourceRef": "https://civitai.com/models/100001/neon-noir?modelVersionId=200001"}""");

        assertThat(event.path("lineage").path("modelId").asText()).as("%s", event).isEqualTo("civitai:100001@200001");
        assertThat(event.path("lineage").path("baseModels").get(0).path("repoId").asText())
                .isEqualTo("black-forest-labs/FLUX.1-dev");
        List<String> verdicts = new ArrayList<>();
        event.path("findings").forEach(f -> {
            if (f.path("activity").asText().equals("COMMERCIAL_PRODUCT")) {
                verdicts.add(f.path("code").asText() + " " + f.path("verdict").asText() + " " + f.path("restsOn").asText());
            }
        });
        assertThat(verdicts).as("the creator permits it, FLUX.1 [dev] does not").contains(
                "CIVITAI_PERMISSIONS ALLOWED weights", "BASE_MODEL_RESTRICTION_FLOWS_DOWN PROHIBITED weights");
        hub.verify(getRequestedFor(urlEqualTo("/api/v1/model-versions/200001")));
    }

    @Test
    void aGithubRequestIsResolvedWithTheCodeLicenceKeptApartFromTheWeights() throws Exception {
        JsonNode event = resolve(UUID.randomUUID(), """
                {"name": "Segmenter", "source": "github", "sourceRef": "https://github.com/acme-vision/segmenter"}""");

        List<String> layers = new ArrayList<>();
        event.path("findings").forEach(f -> layers.add(f.path("code").asText() + " " + f.path("restsOn").asText()));
        assertThat(layers).as("%s", event).contains("CODE_LICENSE_ALLOWS_ACTIVITY_WITH_CONDITIONS code",
                "WEIGHTS_LICENSE_UNKNOWN weights");

        JsonNode stylegan = resolve(UUID.randomUUID(), """
                {"name": "StyleGAN3", "source": "github", "sourceRef": "https://github.com/NVlabs/stylegan3"}""");
        assertThat(stylegan.path("lineage").path("licenseExpression").asText())
                .as("the weights' own terms bind").isEqualTo("LicenseRef-NVIDIA-Source-Code-License-NC");
    }

    @Test
    void anUnreachableCivitaiIsAnInfoFindingAndTheRequestIsStillResolved() throws Exception {
        hub.stubFor(get(urlEqualTo("/api/v1/models/100404")).willReturn(aResponse().withStatus(503)));

        JsonNode event = resolve(UUID.randomUUID(), """
                {"name": "somewhere", "source": "civitai", "sourceRef": "100404"}""");

        List<String> codes = new ArrayList<>();
        event.path("findings").forEach(f -> codes.add(f.path("code").asText() + " " + f.path("severity").asText()));
        assertThat(codes).as("%s", event).contains("MODEL_SOURCE_UNREACHABLE INFO", "LICENSE_MISSING HIGH");
    }

    @Test
    void aPayloadThatDoesNotParseIsDeadLettered() {
        String key = UUID.randomUUID().toString();
        try (CloudEventsClient kafka = new CloudEventsClient(bootstrapServers)) {
            kafka.send(Topics.REQUEST_REGISTERED, key, CloudEventsClient.newEventId(), Topics.TYPE_REQUEST_REGISTERED,
                    "{not json");

            assertThat(kafka.await(Topics.REQUEST_REGISTERED + ".dlq", e -> key.equals(e.key()), 1, Duration.ofSeconds(30)))
                    .hasSize(1);
        }
    }

    /** Sends a registered request for {@code model} (a ModelSpec as JSON) and returns its license.request.resolved. */
    private JsonNode resolve(UUID id, String model) throws Exception {
        String registered = """
                {"request": {"id": "%s", "requester": "alice", "submittedAt": "2026-11-26T10:00:00Z",
                             "model": %s,
                             "intendedUse": {"activities": ["COMMERCIAL_PRODUCT", "SERVE_AS_API"], "jurisdictions": ["US"],
                                             "expectedMonthlyActiveUsers": 1000}}}
                """.formatted(id, model);
        try (CloudEventsClient kafka = new CloudEventsClient(bootstrapServers)) {
            kafka.send(Topics.REQUEST_REGISTERED, id.toString(), CloudEventsClient.newEventId(),
                    Topics.TYPE_REQUEST_REGISTERED, registered);
            List<CloudEventsClient.Event> resolved = kafka.await(Topics.LICENSE_RESOLVED, e -> id.toString().equals(e.key()),
                    1, Duration.ofSeconds(40));
            assertThat(resolved).as("license.request.resolved of %s", model).hasSize(1);
            return mapper.readTree(resolved.get(0).value());
        }
    }

    private void serve(String repoId, ResponseDefinitionBuilder answer) {
        hub.stubFor(get(urlEqualTo("/api/models/" + repoId)).willReturn(answer));
    }
}
