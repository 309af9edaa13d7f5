package io.modelintake.approval.simulation;

import static io.modelintake.approval.simulation.OutcomeComparisonTests.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.contracts.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A candidate's effect, evaluated twice alike, applied to the findings a request was decided on. */
class KnowledgeDeltaTests {

    private static final List<Finding> RECORDED = findings(
            "LICENSE_GRANT/license:MIT/COMMERCIAL_PRODUCT/ALLOWED/INFO;CARD_UNREACHABLE/model:acme/x/COMMERCIAL_PRODUCT/UNSPECIFIED/WARNING");

    @Test
    void whatTheCandidateChangesReplacesTheRecordedFinding() {
        List<Finding> before = findings("LICENSE_GRANT/license:MIT/COMMERCIAL_PRODUCT/ALLOWED/INFO");
        List<Finding> after = findings("LICENSE_GRANT/license:MIT/COMMERCIAL_PRODUCT/PROHIBITED/BLOCKER");

        assertThat(KnowledgeDelta.apply(RECORDED, before, after)).containsExactly(RECORDED.get(1), after.get(0));
    }

    @Test
    void whatBothEvaluationsShareIsNotTheCandidatesDoingAndTheRecordStands() {
        // the dry run asked no Hub: its evaluations both lack the recorded card finding and both carry another
        List<Finding> both = findings("LICENSE_GRANT/license:MIT/COMMERCIAL_PRODUCT/ALLOWED/INFO;"
                + "LINEAGE_NOTE/model:acme/x/COMMERCIAL_PRODUCT/UNSPECIFIED/INFO");

        assertThat(KnowledgeDelta.apply(RECORDED, both, both)).isEqualTo(RECORDED);
    }

    @Test
    void aFindingTheCandidateAddsIsAddedOnce() {
        List<Finding> added = findings("LICENSE_GRANT/license:MIT/COMMERCIAL_PRODUCT/ALLOWED/INFO");

        assertThat(KnowledgeDelta.apply(List.of(), List.of(), added)).isEqualTo(added);
        assertThat(KnowledgeDelta.apply(added, List.of(), added)).isEqualTo(added);
    }
}
