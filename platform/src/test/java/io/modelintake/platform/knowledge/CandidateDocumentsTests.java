package io.modelintake.platform.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The candidate knowledge a curation and a dry run build: stored documents with the candidates in place. */
class CandidateDocumentsTests {

    private static final Map<String, Map<String, String>> STORED = ordered(
            "license", ordered("MIT", "{mit}", "Apache-2.0", "{apache}"),
            "addendum", ordered("juggernaut", "{addendum}"));

    @Test
    void aCandidateReplacesTheStoredEntryOfItsIdWhereItStood() {
        assertThat(CandidateDocuments.of(STORED, Map.of("license", Map.of("MIT", "{mit, prohibited}"))))
                .containsExactly(Map.entry("license", List.of("{mit, prohibited}", "{apache}")),
                        Map.entry("addendum", List.of("{addendum}")));
    }

    @Test
    void aCandidateOfANewIdIsAddedAfterTheStoredOnes() {
        assertThat(CandidateDocuments.of(STORED, Map.of("license", Map.of("LicenseRef-New", "{new}"))).get("license"))
                .containsExactly("{mit}", "{apache}", "{new}");
    }

    @Test
    void aCandidateOfAKindNothingIsStoredOfMakesThatKind() {
        assertThat(CandidateDocuments.of(STORED, Map.of("model", Map.of("acme/x", "{model}"))).get("model"))
                .containsExactly("{model}");
    }

    @Test
    void withoutCandidatesItIsTheStoredKnowledgeAndTheStoreIsUntouched() {
        assertThat(CandidateDocuments.of(STORED, Map.of()))
                .containsExactly(Map.entry("license", List.of("{mit}", "{apache}")),
                        Map.entry("addendum", List.of("{addendum}")));
        CandidateDocuments.of(STORED, Map.of("license", Map.of("MIT", "{changed}")));
        assertThat(STORED.get("license")).containsEntry("MIT", "{mit}");
    }

    @Test
    void idsCompareExactlyAsTheStoreKeysThem() {
        assertThat(CandidateDocuments.of(STORED, Map.of("license", Map.of("mit", "{lower}"))).get("license"))
                .containsExactly("{mit}", "{apache}", "{lower}");
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> ordered(Object... keysAndValues) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return map;
    }
}
