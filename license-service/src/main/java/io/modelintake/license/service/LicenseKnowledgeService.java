package io.modelintake.license.service;

import io.modelintake.license.knowledge.AddendumEntry;
import io.modelintake.license.knowledge.KnowledgeSnapshot;
import io.modelintake.license.knowledge.LicenseEntry;
import io.modelintake.license.knowledge.LicenseKnowledge;
import io.modelintake.license.knowledge.ModelEntry;
import io.modelintake.platform.knowledge.JsonEntriesCodec;
import io.modelintake.platform.knowledge.JsonEntriesCodec.Kind;
import io.modelintake.platform.knowledge.KnowledgeService;
import io.modelintake.platform.knowledge.KnowledgeStore;
import io.modelintake.platform.persistence.JsonColumns;
import jakarta.inject.Singleton;
import java.util.List;

/** The licence knowledge this service evaluates with: licences (which officers curate), addenda and known models. */
@Singleton
public class LicenseKnowledgeService extends KnowledgeService<LicenseEntry, KnowledgeSnapshot> {

    static final Kind<LicenseEntry> LICENSE = new Kind<>("license", LicenseEntry.class, LicenseEntry::id);
    static final Kind<AddendumEntry> ADDENDUM = new Kind<>("addendum", AddendumEntry.class, AddendumEntry::id);
    static final Kind<ModelEntry> MODEL = new Kind<>("model", ModelEntry.class, ModelEntry::repoId);

    public LicenseKnowledgeService(KnowledgeStore store, JsonColumns json) {
        super(store, codec(json, LicenseKnowledge.loadBundled()),
                new Curated<>(LICENSE, LicenseEntry::checked, KnowledgeSnapshot::license), new LicenseChangeScope());
    }

    private static JsonEntriesCodec<KnowledgeSnapshot> codec(JsonColumns json, KnowledgeSnapshot bundled) {
        return new JsonEntriesCodec<>(json, bundled.version(),
                List.of(LICENSE.bundled(bundled.licenses()), ADDENDUM.bundled(bundled.addenda()), MODEL.bundled(bundled.models())),
                (version, stored) -> KnowledgeSnapshot.of(version, stored.of(LICENSE), stored.of(ADDENDUM), stored.of(MODEL)));
    }
}
