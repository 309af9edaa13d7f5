package io.modelintake.dataset.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelintake.contracts.Activity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class KnowledgeValidationTests {

    private static DatasetSnapshot load(String directory) {
        return new DatasetKnowledge(KnowledgeValidationTests.class.getClassLoader(), "cases/knowledge/" + directory).load();
    }

    @Test
    void aConsistentSetLoads() {
        assertThat(load("valid").datasets()).extracting(DatasetEntry::id).containsExactly("alpha", "beta");
    }

    @ParameterizedTest(name = "{0} is rejected naming {1} and entry {2}")
    @CsvFileSource(resources = "/cases/knowledge-validation.csv", delimiter = ',', commentCharacter = '#')
    void aBrokenEntryIsRejectedWithItsFileAndName(String directory, String file, String entry, String problem) {
        assertThatThrownBy(() -> load(directory))
                .isInstanceOfSatisfying(KnowledgeValidationException.class, e -> {
                    assertThat(e.origin()).endsWith(directory + "/" + file);
                    assertThat(e.entry()).isEqualTo(entry);
                    assertThat(e.getMessage()).contains(problem);
                });
    }

    @Test
    void aReplacementThatStealsAnotherDatasetsAliasIsRejected() {
        DatasetSnapshot snapshot = load("valid");
        DatasetEntry beta = snapshot.dataset("beta").orElseThrow();
        DatasetEntry thief = new DatasetEntry("beta", beta.name(), List.of("a-one"), beta.license(), beta.termsText(), beta.termsKind(),
                beta.status(), beta.statusNote(), beta.withdrawalReason(), beta.flags(), beta.sources(), beta.activities(), beta.sourceUrl(), beta.moreUrls(),
                beta.checked(), beta.note());

        assertThatThrownBy(() -> snapshot.withDataset(thief, "next"))
                .isInstanceOf(KnowledgeValidationException.class)
                .hasMessageContaining("stored entry")
                .hasMessageContaining("alias 'a-one' already belongs to dataset 'alpha'");
    }

    @Test
    void aStoredEntryMissingAnActivityIsRejectedByName() {
        DatasetSnapshot snapshot = load("valid");
        DatasetEntry alpha = snapshot.dataset("alpha").orElseThrow();
        Map<Activity, ActivityTerm> fewer = new HashMap<>(alpha.activities());
        fewer.remove(Activity.SERVE_AS_API);
        DatasetEntry broken = new DatasetEntry("alpha", alpha.name(), alpha.aliases(), alpha.license(), alpha.termsText(), alpha.termsKind(),
                alpha.status(), alpha.statusNote(), alpha.withdrawalReason(), alpha.flags(), alpha.sources(), fewer, alpha.sourceUrl(), alpha.moreUrls(),
                alpha.checked(), alpha.note());

        assertThatThrownBy(() -> DatasetSnapshot.of("db", List.of(broken), snapshot.sources(), snapshot.jurisdictions()))
                .isInstanceOf(KnowledgeValidationException.class)
                .hasMessageContaining("'alpha'")
                .hasMessageContaining("SERVE_AS_API");
    }
}
