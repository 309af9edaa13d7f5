package io.modelintake.license.service;

import io.modelintake.license.knowledge.AddendumEntry;
import io.modelintake.license.knowledge.KnowledgeSnapshot;
import io.modelintake.license.knowledge.LicenseEntry;
import io.modelintake.license.knowledge.ModelEntry;
import io.modelintake.platform.knowledge.JsonEntriesCodec;
import io.modelintake.platform.knowledge.KnowledgeBase;
import io.modelintake.platform.persistence.JsonColumns;
import java.util.List;
import java.util.Map;

/** Licence knowledge as stored documents: licences, addenda and known models, each as its JSON. */
final class LicenseKnowledgeCodec extends JsonEntriesCodec<KnowledgeSnapshot> {

    static final String LICENSE = "license";
    static final String ADDENDUM = "addendum";
    static final String MODEL = "model";

    private final KnowledgeSnapshot bundled;

    LicenseKnowledgeCodec(JsonColumns json, KnowledgeSnapshot bundled) {
        super(json, bundled.version());
        this.bundled = bundled;
    }

    @Override
    public Map<String, Map<String, String>> bundledDocuments() {
        return Map.of(
                LICENSE, KnowledgeBase.documents(List.copyOf(bundled.licenses()), LicenseEntry::id, this::write),
                ADDENDUM, KnowledgeBase.documents(List.copyOf(bundled.addenda()), AddendumEntry::id, this::write),
                MODEL, KnowledgeBase.documents(List.copyOf(bundled.models()), ModelEntry::repoId, this::write));
    }

    @Override
    public KnowledgeSnapshot build(String version, Map<String, List<String>> documents) {
        return KnowledgeSnapshot.of(version,
                read(documents.getOrDefault(LICENSE, List.of()), LicenseEntry.class),
                read(documents.getOrDefault(ADDENDUM, List.of()), AddendumEntry.class),
                read(documents.getOrDefault(MODEL, List.of()), ModelEntry.class));
    }
}
