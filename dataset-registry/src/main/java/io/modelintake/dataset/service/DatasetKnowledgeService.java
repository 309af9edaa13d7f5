package io.modelintake.dataset.service;

import io.modelintake.contracts.Jurisdictions;
import io.modelintake.dataset.knowledge.DataSourceEntry;
import io.modelintake.dataset.knowledge.DatasetEntry;
import io.modelintake.dataset.knowledge.DatasetKnowledge;
import io.modelintake.dataset.knowledge.DatasetSnapshot;
import io.modelintake.dataset.knowledge.JurisdictionNote;
import io.modelintake.platform.knowledge.JsonEntriesCodec;
import io.modelintake.platform.knowledge.JsonEntriesCodec.Kind;
import io.modelintake.platform.knowledge.KnowledgeService;
import io.modelintake.platform.knowledge.KnowledgeStore;
import io.modelintake.platform.persistence.JsonColumns;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;

/** The dataset knowledge this service assesses with: datasets (which officers curate), data sources and jurisdiction notes. */
@Singleton
public class DatasetKnowledgeService extends KnowledgeService<DatasetEntry, DatasetSnapshot> {

    static final Kind<DatasetEntry> DATASET = new Kind<>("dataset", DatasetEntry.class, DatasetEntry::id);
    static final Kind<DataSourceEntry> SOURCE = new Kind<>("data-source", DataSourceEntry.class, DataSourceEntry::id);
    static final Kind<JurisdictionNote> JURISDICTION = new Kind<>("jurisdiction", JurisdictionNote.class, JurisdictionNote::id);

    public DatasetKnowledgeService(KnowledgeStore store, JsonColumns json) {
        super(store, codec(json, DatasetKnowledge.loadBundled()),
                new Curated<>(DATASET, DatasetEntry::checked, DatasetSnapshot::dataset),
                new DatasetChangeScope(Jurisdictions.standard()));
    }

    /** Data sources proposed under {@code field} of a dry run's body, checked as a curated entry is. */
    public List<Candidate<?>> sourceCandidates(String field, List<DataSourceEntry> entries, Clock clock) {
        return candidates(field, entries, SOURCE, DataSourceEntry::checked, clock);
    }

    private static JsonEntriesCodec<DatasetSnapshot> codec(JsonColumns json, DatasetSnapshot bundled) {
        return new JsonEntriesCodec<>(json, bundled.version(),
                List.of(DATASET.bundled(bundled.datasets()), SOURCE.bundled(bundled.sources()),
                        JURISDICTION.bundled(bundled.jurisdictions())),
                (version, stored) -> DatasetSnapshot.of(version, stored.of(DATASET), stored.of(SOURCE), stored.of(JURISDICTION)));
    }
}
