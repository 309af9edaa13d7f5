package io.modelintake.license.service;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.modelintake.contracts.events.KnowledgeChanged;
import io.modelintake.contracts.events.Topics;
import io.modelintake.license.HubStubResource;
import io.modelintake.contracts.SourceRef;
import io.modelintake.license.client.ModelCardCache;
import io.modelintake.license.client.SourceClients;
import io.modelintake.license.evaluation.CivitaiModel;
import io.modelintake.license.evaluation.ModelCardLookup;
import io.modelintake.license.evaluation.SourceLookup;
import io.modelintake.testsupport.CloudEventsClient;
import io.modelintake.testsupport.KafkaTestResource;
import io.modelintake.testsupport.KeycloakTestResource;
import io.modelintake.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A pass of the card re-read against the stub Hub and CivitAI: a moved licence, permission flag or base model is
 * announced, an unchanged card or model is not.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
@WithTestResource(HubStubResource.class)
class ModelCardRefreshTests {

    private static final String MOVES = "acme/licence-moves-at-the-source";
    private static final String STAYS = "acme/licence-stays";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ModelCardRefresh refresh;

    @Inject
    ModelCardCache cards;

    @Inject
    SourceClients sources;

    @Inject
    ObjectMapper mapper;

    @HubStubResource.StubHub
    WireMockServer hub;

    @Test
    void aCardWhoseLicenceMovedIsAnnouncedAndCachedAnew() throws Exception {
        serve(MOVES, "apache-2.0", "1111");
        serve(STAYS, "apache-2.0", "2222");
        assertThat(cards.find(MOVES)).isInstanceOf(ModelCardLookup.Found.class);
        assertThat(cards.find(STAYS)).isInstanceOf(ModelCardLookup.Found.class);

        serve(MOVES, "cc-by-nc-4.0", "3333");
        serve(STAYS, "apache-2.0", "4444");
        assertThat(refresh.refresh()).containsExactly(MOVES);

        assertThat(((ModelCardLookup.Found) cards.find(MOVES)).card().license()).isEqualTo("cc-by-nc-4.0");
        try (CloudEventsClient kafka = new CloudEventsClient(bootstrapServers)) {
            List<CloudEventsClient.Event> changes = kafka.await(Topics.KNOWLEDGE_CHANGED,
                    e -> e.value().contains(MOVES), 1, Duration.ofSeconds(30));
            assertThat(changes).hasSize(1);
            KnowledgeChanged change = mapper.readValue(changes.get(0).value(), KnowledgeChanged.class);
            assertThat(change).extracting(KnowledgeChanged::kind, KnowledgeChanged::id, KnowledgeChanged::versionBefore,
                    KnowledgeChanged::versionAfter, KnowledgeChanged::actor, KnowledgeChanged::models)
                    .containsExactly("model-card", MOVES, "card 1111", "card 3333", "license-service", List.of(MOVES));
        }
        assertThat(refresh.refresh()).as("the cache holds the new card: nothing moved since").isEmpty();
    }

    @Test
    void aCivitaiModelWhoseFlagsOrBaseModelMovedIsAnnouncedAndCachedAnew() throws Exception {
        SourceRef moves = new SourceRef.Civitai(910001L, null);
        SourceRef stays = new SourceRef.Civitai(910002L, null);
        serveCivitai(910001, "Lineart LoRA", "[\"Image\", \"Sell\"]", true, "SDXL 1.0");
        serveCivitai(910002, "Watercolor", "[\"Image\"]", false, "SD 1.5");
        assertThat(sources.find(moves)).isInstanceOf(SourceLookup.Found.class);
        assertThat(sources.find(stays)).isInstanceOf(SourceLookup.Found.class);

        // the creator withdrew selling and derivatives; the other model only got a new name
        serveCivitai(910001, "Lineart LoRA", "[\"Image\"]", false, "SDXL 1.0");
        serveCivitai(910002, "Watercolor (renamed)", "[\"Image\"]", false, "SD 1.5");
        assertThat(refresh.refresh()).containsExactly("civitai:910001");

        SourceLookup.Found cached = (SourceLookup.Found) sources.find(moves);
        assertThat(((CivitaiModel) cached.facts()).allowCommercialUse()).containsExactly(CivitaiModel.CommercialUse.Image);
        try (CloudEventsClient kafka = new CloudEventsClient(bootstrapServers)) {
            List<CloudEventsClient.Event> changes = kafka.await(Topics.KNOWLEDGE_CHANGED,
                    e -> e.value().contains("civitai:91000"), 1, Duration.ofSeconds(30));
            assertThat(changes).hasSize(1);
            KnowledgeChanged change = mapper.readValue(changes.get(0).value(), KnowledgeChanged.class);
            assertThat(change).extracting(KnowledgeChanged::kind, KnowledgeChanged::id, KnowledgeChanged::actor,
                    KnowledgeChanged::models)
                    .containsExactly("model-card", "civitai:910001", "license-service", List.of("civitai:910001"));
            assertThat(change.versionBefore()).startsWith("civitai ").isNotEqualTo(change.versionAfter());
            List<CloudEventsClient.Event> records = kafka.await(Topics.DECISION_RECORDED,
                    e -> e.value().contains("MODEL CARD MOVED civitai:910001"), 1, Duration.ofSeconds(30));
            assertThat(records.get(0).value()).contains("allowCommercialUse [Image, Sell] → [Image]")
                    .contains("allowDerivatives true → false");
        }

        // a base model moving is a change too
        serveCivitai(910001, "Lineart LoRA", "[\"Image\"]", false, "Pony");
        assertThat(refresh.refresh()).containsExactly("civitai:910001");
        assertThat(refresh.refresh()).as("the cache holds the new model: nothing moved since").isEmpty();
    }

    private void serveCivitai(long id, String name, String commercialUse, boolean derivatives, String baseModel) {
        hub.stubFor(get(urlEqualTo("/api/v1/models/" + id)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id": %d, "name": "%s", "type": "LORA", "creator": {"username": "inker"},
                         "allowCommercialUse": %s, "allowDerivatives": %s, "allowDifferentLicense": false,
                         "allowNoCredit": false,
                         "modelVersions": [{"id": %d, "name": "v1", "baseModel": "%s", "files": []}]}
                        """.formatted(id, name, commercialUse, derivatives, id + 10_000, baseModel))));
    }

    private void serve(String repoId, String license, String sha) {
        hub.stubFor(get(urlEqualTo("/api/models/" + repoId)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id": "%s", "modelId": "%s", "sha": "%s", "tags": ["license:%s"],
                         "cardData": {"license": "%s", "base_model": "stabilityai/stable-diffusion-xl-base-1.0"}}
                        """.formatted(repoId, repoId, sha, license, license))));
    }
}
