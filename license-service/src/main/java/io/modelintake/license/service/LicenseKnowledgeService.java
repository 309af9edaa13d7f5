package io.modelintake.license.service;

import io.modelintake.license.knowledge.KnowledgeSnapshot;
import io.modelintake.license.knowledge.LicenseEntry;
import io.modelintake.license.knowledge.LicenseKnowledge;
import io.modelintake.platform.knowledge.KnowledgeBase;
import io.modelintake.platform.knowledge.KnowledgeStore;
import io.modelintake.platform.messaging.PlatformConfig;
import io.modelintake.platform.persistence.JsonColumns;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The licence knowledge this service evaluates with: the bundled files seeded into its database at start
 * (a file that does not validate stops the start), curated entries on top, the snapshot rebuilt when they change.
 */
@ApplicationScoped
public class LicenseKnowledgeService {

    private final KnowledgeBase<KnowledgeSnapshot> base;
    private final LicenseKnowledgeCodec codec;
    private final PlatformConfig platform;

    public LicenseKnowledgeService(KnowledgeStore store, JsonColumns json, PlatformConfig platform) {
        this.codec = new LicenseKnowledgeCodec(json, LicenseKnowledge.loadBundled());
        this.base = new KnowledgeBase<>(store, codec);
        this.platform = platform;
    }

    void onStart(@Observes StartupEvent event) {
        base.start(platform.serviceName());
    }

    @Scheduled(every = "${license.knowledge-refresh:5s}", delayed = "5s")
    void refresh() {
        base.refreshIfChanged();
    }

    public KnowledgeSnapshot current() {
        return base.current();
    }

    /** Stores an officer's version of a licence; refuses (with the reason) an entry that breaks the knowledge. */
    public KnowledgeSnapshot curate(LicenseEntry entry, String actor) {
        return base.curate(LicenseKnowledgeCodec.LICENSE, entry.id(), codec.write(entry), actor);
    }
}
