package io.modelintake.dataset.service;

import io.modelintake.dataset.knowledge.DataSourceEntry;
import io.modelintake.dataset.knowledge.DatasetEntry;
import io.modelintake.dataset.knowledge.DatasetSnapshot;
import io.modelintake.dataset.knowledge.JurisdictionNote;
import io.modelintake.platform.knowledge.KnowledgeBase;
import io.modelintake.platform.persistence.JsonColumns;
import java.util.List;
import java.util.Map;

/** Dataset knowledge as stored documents: datasets, data sources and jurisdiction notes, each as its JSON. */
final class DatasetKnowledgeCodec implements KnowledgeBase.Codec<DatasetSnapshot> {

    static final String DATASET = "dataset";
    static final String SOURCE = "data-source";
    static final String JURISDICTION = "jurisdiction";

    private final JsonColumns json;
    private final DatasetSnapshot bundled;

    DatasetKnowledgeCodec(JsonColumns json, DatasetSnapshot bundled) {
        this.json = json;
        this.bundled = bundled;
    }

    @Override
    public String bundleVersion() {
        return bundled.version();
    }

    @Override
    public Map<String, Map<String, String>> bundledDocuments() {
        return Map.of(
                DATASET, KnowledgeBase.documents(bundled.datasets(), DatasetEntry::id, this::write),
                SOURCE, KnowledgeBase.documents(bundled.sources(), DataSourceEntry::id, this::write),
                JURISDICTION, KnowledgeBase.documents(bundled.jurisdictions(), JurisdictionNote::id, this::write));
    }

    @Override
    public DatasetSnapshot build(String version, Map<String, List<String>> documents) {
        return DatasetSnapshot.of(version,
                read(documents.getOrDefault(DATASET, List.of()), DatasetEntry.class),
                read(documents.getOrDefault(SOURCE, List.of()), DataSourceEntry.class),
                read(documents.getOrDefault(JURISDICTION, List.of()), JurisdictionNote.class));
    }

    String write(Object entry) {
        return json.write(entry);
    }

    private <T> List<T> read(List<String> documents, Class<T> type) {
        return documents.stream().map(document -> json.read(document, type)).toList();
    }
}
