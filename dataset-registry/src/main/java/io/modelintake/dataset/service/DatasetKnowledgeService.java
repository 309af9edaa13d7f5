package io.modelintake.dataset.service;

import io.modelintake.dataset.knowledge.DatasetEntry;
import io.modelintake.dataset.knowledge.DatasetKnowledge;
import io.modelintake.dataset.knowledge.DatasetSnapshot;
import io.modelintake.platform.knowledge.KnowledgeBase;
import io.modelintake.platform.knowledge.KnowledgeStore;
import io.modelintake.platform.messaging.PlatformConfig;
import io.modelintake.platform.persistence.JsonColumns;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The dataset knowledge this service assesses with: the bundled files seeded into its database at start
 * (a file that does not validate stops the start), curated entries on top, the snapshot rebuilt when they change.
 */
@ApplicationScoped
public class DatasetKnowledgeService {

    private final KnowledgeBase<DatasetSnapshot> base;
    private final DatasetKnowledgeCodec codec;
    private final PlatformConfig platform;

    public DatasetKnowledgeService(KnowledgeStore store, JsonColumns json, PlatformConfig platform) {
        this.codec = new DatasetKnowledgeCodec(json, DatasetKnowledge.loadBundled());
        this.base = new KnowledgeBase<>(store, codec);
        this.platform = platform;
    }

    void onStart(@Observes StartupEvent event) {
        base.start(platform.serviceName());
    }

    @Scheduled(every = "${dataset.knowledge-refresh:5s}", delayed = "5s")
    void refresh() {
        base.refreshIfChanged();
    }

    public DatasetSnapshot current() {
        return base.current();
    }

    /** Stores an officer's version of a dataset; refuses (with the reason) an entry that breaks the knowledge. */
    public DatasetSnapshot curate(DatasetEntry entry, String actor) {
        return base.curate(DatasetKnowledgeCodec.DATASET, entry.id(), codec.write(entry), actor);
    }
}
