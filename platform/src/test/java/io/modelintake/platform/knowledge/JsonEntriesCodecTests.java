package io.modelintake.platform.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelintake.platform.knowledge.JsonEntriesCodec.Kind;
import io.modelintake.platform.persistence.JsonColumns;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generic codec: bundled entries become documents per kind and id, and stored documents come back typed. */
class JsonEntriesCodecTests {

    record Licence(String id, String name) {
    }

    record Model(String repoId, String license) {
    }

    /** A snapshot that refuses a model whose licence it does not know, as the services' validation does. */
    record Snapshot(String version, List<Licence> licences, List<Model> models) {
        Snapshot {
            for (Model model : models) {
                if (licences.stream().noneMatch(licence -> licence.id().equals(model.license()))) {
                    throw new InvalidKnowledgeException("model '" + model.repoId() + "': unknown licence '" + model.license() + "'");
                }
            }
        }
    }

    static final Kind<Licence> LICENCE = new Kind<>("license", Licence.class, Licence::id);
    static final Kind<Model> MODEL = new Kind<>("model", Model.class, Model::repoId);

    final JsonColumns json = new JsonColumns(new ObjectMapper());
    final JsonEntriesCodec<Snapshot> codec = new JsonEntriesCodec<>(json, "bundle-1",
            List.of(LICENCE.bundled(List.of(new Licence("MIT", "MIT License"), new Licence("Apache-2.0", "Apache License 2.0"))),
                    MODEL.bundled(List.of(new Model("google-bert/bert-base-uncased", "Apache-2.0")))),
            (version, stored) -> new Snapshot(version, stored.of(LICENCE), stored.of(MODEL)));

    @Test
    void bundledEntriesAreDocumentsByKindAndIdInTheirOrder() {
        assertThat(codec.bundleVersion()).isEqualTo("bundle-1");
        assertThat(codec.bundledDocuments()).containsOnlyKeys("license", "model");
        assertThat(codec.bundledDocuments().get("license")).containsExactly(
                Map.entry("MIT", "{\"id\":\"MIT\",\"name\":\"MIT License\"}"),
                Map.entry("Apache-2.0", "{\"id\":\"Apache-2.0\",\"name\":\"Apache License 2.0\"}"));
        assertThat(codec.bundledDocuments().get("model")).containsOnlyKeys("google-bert/bert-base-uncased");
    }

    @Test
    void storedDocumentsAreReadBackAsTheirKindsTypes() {
        Snapshot snapshot = codec.build("bundle-1+r7", Map.of(
                "license", List.of("{\"id\":\"MIT\",\"name\":\"MIT License\"}"),
                "model", List.of("{\"repoId\":\"openai-community/gpt2\",\"license\":\"MIT\"}")));

        assertThat(snapshot.version()).isEqualTo("bundle-1+r7");
        assertThat(snapshot.licences()).containsExactly(new Licence("MIT", "MIT License"));
        assertThat(snapshot.models()).containsExactly(new Model("openai-community/gpt2", "MIT"));
    }

    @Test
    void aKindWithNothingStoredIsEmptyAndAnInvalidSetIsRefusedByTheBuilder() {
        assertThat(codec.build("v", Map.of("license", List.of())).models()).isEmpty();
        assertThatThrownBy(() -> codec.build("v", Map.of("model", List.of(codec.write(new Model("x/y", "GPL-3.0-only"))))))
                .isInstanceOf(InvalidKnowledgeException.class)
                .hasMessageContaining("model 'x/y'");
    }
}
