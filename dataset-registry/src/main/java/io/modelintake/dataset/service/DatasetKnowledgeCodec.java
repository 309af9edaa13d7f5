package io.modelintake.dataset.service;

import io.modelintake.dataset.knowledge.DataSourceEntry;
import io.modelintake.dataset.knowledge.DatasetEntry;
import io.modelintake.dataset.knowledge.DatasetSnapshot;
import io.modelintake.dataset.knowledge.JurisdictionNote;
import io.modelintake.platform.knowledge.JsonEntriesCodec;
import io.modelintake.platform.knowledge.KnowledgeBase;
import io.modelintake.platform.persistence.JsonColumns;
import java.util.List;
import java.util.Map;

/** Dataset knowledge as stored documents: datasets, data sources and jurisdiction notes, each as its JSON. */
final class DatasetKnowledgeCodec extends JsonEntriesCodec<DatasetSnapshot> {

    static final String DATASET = "dataset";
    static final String SOURCE = "data-source";
    static final String JURISDICTION = "jurisdiction";

    private final DatasetSnapshot bundled;

    DatasetKnowledgeCodec(JsonColumns json, DatasetSnapshot bundled) {
        super(json, bundled.version());
        this.bundled = bundled;
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
}
