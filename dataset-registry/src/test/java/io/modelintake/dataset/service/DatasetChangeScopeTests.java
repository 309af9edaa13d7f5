package io.modelintake.dataset.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.contracts.Jurisdictions;
import io.modelintake.dataset.knowledge.DatasetKnowledge;
import io.modelintake.dataset.knowledge.DatasetSnapshot;
import org.junit.jupiter.api.Test;

/** What a change to each kind of dataset knowledge touches, read from the bundled knowledge. */
class DatasetChangeScopeTests {

    private static final DatasetSnapshot BUNDLED = DatasetKnowledge.loadBundled();
    private final DatasetChangeScope scope = new DatasetChangeScope(Jurisdictions.standard());

    @Test
    void aDatasetTouchesTheRequestsNamingItByIdOrAlias() {
        assertThat(scope.of(BUNDLED, "dataset", "ffhq").datasets())
                .contains("ffhq", "FFHQ", "flickr-faces-hq", "nvlabs/ffhq-dataset");
    }

    @Test
    void aDataSourceTouchesTheDatasetsRestingOnIt() {
        assertThat(scope.of(BUNDLED, "data-source", "web").datasets())
                .contains("laion-5b", "laion/laion2B-multi", "datacomp", "conceptual-captions", "cc3m")
                .doesNotContain("ffhq");
    }

    @Test
    void aJurisdictionNoteTouchesItsCodeAndForAGroupItsMembers() {
        assertThat(scope.of(BUNDLED, "jurisdiction", "JP").jurisdictions()).containsExactly("JP");
        assertThat(scope.of(BUNDLED, "jurisdiction", "EU").jurisdictions()).contains("EU", "DE", "FR", "IE");
    }

    @Test
    void aDatasetNotInTheSnapshotTouchesNothingThere() {
        assertThat(scope.of(BUNDLED, "dataset", "not-yet-curated").datasets()).isEmpty();
    }
}
