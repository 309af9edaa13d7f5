package io.modelintake.approval.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Citation;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.Subject;
import io.modelintake.contracts.SubjectKind;
import io.modelintake.contracts.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingGroupTests {

    private static final Subject JUGGERNAUT = new Subject(SubjectKind.MODEL, "RunDiffusion/Juggernaut-XL-v9", List.of());
    private static final Subject OPENRAIL = new Subject(SubjectKind.LICENSE, "CreativeML-OpenRAIL-M",
            List.of("RunDiffusion/Juggernaut-XL-v9", "stabilityai/stable-diffusion-xl-base-1.0", "CreativeML-OpenRAIL-M"));
    private static final Subject LAION = Subject.of(SubjectKind.DATASET, "laion/laion2B-en");

    @Test
    void groupsBySubjectMostSevereFirst() {
        List<Finding> findings = List.of(
                finding("RAIL_USE_RESTRICTIONS_FLOW_DOWN", Severity.WARNING, OPENRAIL, Verdict.CONDITIONAL),
                finding("LICENSE_ADDENDUM_RESTRICTS_ACTIVITY", Severity.BLOCKER, JUGGERNAUT, Verdict.PROHIBITED),
                finding("ATTRIBUTION_REQUIRED", Severity.INFO, OPENRAIL, Verdict.CONDITIONAL),
                finding("PERSONAL_DATA_OF_EU_SUBJECTS", Severity.HIGH, LAION, Verdict.UNSPECIFIED),
                finding("RAIL_NO_HARMFUL_USE", Severity.HIGH, OPENRAIL, Verdict.CONDITIONAL));

        List<FindingGroup> groups = FindingGroup.group(findings);

        assertThat(groups).extracting(FindingGroup::kindLabel, FindingGroup::id, FindingGroup::worst).containsExactly(
                tuple("model", "RunDiffusion/Juggernaut-XL-v9", Severity.BLOCKER),
                tuple("license", "CreativeML-OpenRAIL-M", Severity.HIGH),
                tuple("dataset", "laion/laion2B-en", Severity.HIGH));
        assertThat(groups.get(1).findings()).extracting(Finding::code).containsExactly(
                "RAIL_NO_HARMFUL_USE", "RAIL_USE_RESTRICTIONS_FLOW_DOWN", "ATTRIBUTION_REQUIRED");
        assertThat(groups.get(1).hasPath()).as("a licence reached through the base model shows its path").isTrue();
        assertThat(groups.get(0).hasPath()).isFalse();
    }

    @Test
    void sameIdOfAnotherKindIsAnotherSubject() {
        List<FindingGroup> groups = FindingGroup.group(List.of(
                finding("A", Severity.INFO, Subject.of(SubjectKind.DATASET, "ffhq"), Verdict.ALLOWED),
                finding("B", Severity.INFO, Subject.of(SubjectKind.DATA_SOURCE, "ffhq"), Verdict.ALLOWED)));

        assertThat(groups).extracting(FindingGroup::kindLabel).containsExactly("dataset", "data-source");
    }

    @Test
    void aFindingWithoutSubjectStillShows() {
        List<FindingGroup> groups = FindingGroup.group(List.of(finding("HUB_UNREACHABLE", Severity.WARNING, null, null)));

        assertThat(groups).extracting(FindingGroup::kindLabel, FindingGroup::id).containsExactly(tuple("other", ""));
    }

    private static Finding finding(String code, Severity severity, Subject subject, Verdict verdict) {
        return new Finding(code, severity, subject, Activity.SERVE_AS_API, null, verdict, code.toLowerCase(), List.of(),
                List.of(new Citation("https://example.org/terms", "§1")), "RULE_" + code);
    }
}
