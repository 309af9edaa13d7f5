package io.modelintake.dataset.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelintake.contracts.events.KnowledgeChanged;
import io.modelintake.contracts.events.Topics;
import io.modelintake.platform.knowledge.KnowledgeEntryEntity;
import io.modelintake.testsupport.CloudEventsClient;
import io.modelintake.testsupport.KafkaTestResource;
import io.modelintake.testsupport.KeycloakTestResource;
import io.modelintake.testsupport.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A new version of the shipped data seeded over the previous one at start: each entry whose document changed is
 * announced as a curation is, one only carried over into the new bundle version is not, and the ledger records the
 * re-seed.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class KnowledgeReseedTests {

    private static final String CHANGED = "vggface2";
    private static final String CARRIED_OVER = "celeba-hq";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DatasetKnowledgeService knowledge;

    @Inject
    ObjectMapper mapper;

    @Test
    void aChangedBundledEntryIsAnnouncedAtTheNextStart() throws Exception {
        // the store as the previous release left it: its bundle shipped another text of one dataset
        String shipped = QuarkusTransaction.requiringNew().call(() -> {
            KnowledgeEntryEntity changed = entry(CHANGED);
            String now = changed.document;
            ObjectNode before = (ObjectNode) mapper.readTree(now);
            before.put("name", before.get("name").asText() + " (as the previous release shipped it)");
            changed.document = mapper.writeValueAsString(before);
            changed.origin = "bundle:previous-release";
            entry(CARRIED_OVER).origin = "bundle:previous-release";
            return now;
        });

        knowledge.start("dataset-registry");

        assertThat(QuarkusTransaction.requiringNew().call(() -> entry(CHANGED).document)).isEqualTo(shipped);
        try (CloudEventsClient kafka = new CloudEventsClient(bootstrapServers)) {
            List<CloudEventsClient.Event> changes = kafka.await(Topics.KNOWLEDGE_CHANGED,
                    e -> e.value().contains("\"id\":\"" + CHANGED + "\""), 1, Duration.ofSeconds(30));
            KnowledgeChanged change = mapper.readValue(changes.get(0).value(), KnowledgeChanged.class);
            assertThat(change).extracting(KnowledgeChanged::kind, KnowledgeChanged::actor, KnowledgeChanged::datasets)
                    .containsExactly("dataset", "dataset-registry", List.of(CHANGED));
            assertThat(change.versionBefore()).startsWith("previous-release+r");
            assertThat(change.versionAfter()).isNotEqualTo(change.versionBefore()).contains("+r");
            assertThat(kafka.await(Topics.DECISION_RECORDED, e -> e.value().contains("RESEEDED bundle"), 1,
                    Duration.ofSeconds(30)).get(0).value()).contains("DATASET:" + CHANGED).doesNotContain(CARRIED_OVER);
            assertThat(kafka.await(Topics.KNOWLEDGE_CHANGED, e -> e.value().contains("\"id\":\"" + CARRIED_OVER + "\""), 1,
                    Duration.ofSeconds(3))).as("an entry only carried over into the new bundle is no change").isEmpty();
        }

        knowledge.start("dataset-registry");
        assertThat(QuarkusTransaction.requiringNew().call(() -> entry(CARRIED_OVER).origin)).doesNotContain("previous-release");
    }

    private static KnowledgeEntryEntity entry(String id) {
        return KnowledgeEntryEntity.findById(new KnowledgeEntryEntity.Key("dataset", id));
    }
}
