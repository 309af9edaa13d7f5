package io.modelintake.approval.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.Subject;
import io.modelintake.contracts.SubjectKind;
import io.modelintake.contracts.Verdict;
import java.util.Arrays;
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

    static List<Finding> findings(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(";")).map(KnowledgeDeltaTests::finding).toList();
    }

    private static Finding finding(String text) {
        String[] part = text.split("/(?=[A-Z_]+/|[A-Z]+$|-/)");
        String[] codeAndSubject = part[0].split("/", 2);
        String[] subject = codeAndSubject[1].split(":", 2);
        return new Finding(codeAndSubject[0], Severity.valueOf(part[3]),
                Subject.of(SubjectKind.fromJson(subject[0]), subject[1]), Activity.valueOf(part[1]), null,
                part[2].equals("-") ? null : Verdict.valueOf(part[2]), text, List.of(), List.of(), "TEST_RULE");
    }
}
