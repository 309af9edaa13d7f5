package io.modelintake.platform.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored knowledge documents with candidate entries in place: each candidate replaces the stored entry of its
 * kind and id, or is added. A curation and a dry run build their candidate knowledge with this one function.
 */
final class CandidateDocuments {

    private CandidateDocuments() {
    }

    /**
     * @param stored kind → id → document, as stored
     * @param candidates kind → id → document, the entries proposed
     * @return kind → documents, stored ones first (a replaced one where it stood), then the added ones
     */
    static Map<String, List<String>> of(Map<String, Map<String, String>> stored,
            Map<String, Map<String, String>> candidates) {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        stored.forEach((kind, documents) -> {
            Map<String, String> replacing = candidates.getOrDefault(kind, Map.of());
            List<String> merged = new ArrayList<>();
            documents.forEach((id, document) -> merged.add(replacing.getOrDefault(id, document)));
            byKind.put(kind, merged);
        });
        candidates.forEach((kind, documents) -> {
            Map<String, String> existing = stored.getOrDefault(kind, Map.of());
            List<String> merged = byKind.computeIfAbsent(kind, k -> new ArrayList<>());
            documents.forEach((id, document) -> {
                if (!existing.containsKey(id)) {
                    merged.add(document);
                }
            });
        });
        return byKind;
    }
}
