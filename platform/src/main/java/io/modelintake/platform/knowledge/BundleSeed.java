package io.modelintake.platform.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What seeding one kind of a bundle does to the stored entries (plain, no database): new entries are added, entries
 * seeded from another bundle or with another document are rewritten, curated entries are kept (an officer's decision
 * outranks a shipped file). Of the rewritten ones, only those whose document differs are a change of the knowledge:
 * an entry merely carried over into a new bundle version is not.
 *
 * @param write   the ids to store from the bundle
 * @param changed the ids whose document is new or differs from the stored one
 * @param kept    the curated ids whose bundled document differs (kept, and logged)
 */
record BundleSeed(List<String> write, List<String> changed, List<String> kept) {

    /** One stored entry: where it came from ({@code bundle:<version>} or {@code curated}) and its document. */
    record Stored(String origin, String document) {
    }

    BundleSeed {
        write = List.copyOf(write);
        changed = List.copyOf(changed);
        kept = List.copyOf(kept);
    }

    static BundleSeed plan(Map<String, Stored> stored, Map<String, String> bundled, String origin) {
        List<String> write = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        bundled.forEach((id, document) -> {
            Stored entry = stored.get(id);
            if (entry != null && KnowledgeEntryEntity.CURATED.equals(entry.origin())) {
                if (!entry.document().equals(document)) {
                    kept.add(id);
                }
                return;
            }
            boolean sameDocument = entry != null && entry.document().equals(document);
            if (sameDocument && entry.origin().equals(origin)) {
                return;
            }
            write.add(id);
            if (!sameDocument) {
                changed.add(id);
            }
        });
        return new BundleSeed(write, changed, kept);
    }
}
