package io.modelintake.approval.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.approval.policy.FiredRule;
import io.modelintake.approval.policy.RiskAssessment;
import io.modelintake.approval.policy.RiskPolicy;
import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.IntendedUse;
import io.modelintake.contracts.RiskTier;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.Subject;
import io.modelintake.contracts.SubjectKind;
import io.modelintake.contracts.Verdict;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class OutcomeComparatorTests {

    private static final RiskPolicy POLICY = RiskPolicy.loadBundled();
    private final OutcomeComparator comparator = new OutcomeComparator();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/cases/reevaluation-comparisons.csv", numLinesToSkip = 1)
    void aReevaluationIsWorseSameOrBetter(String name, String activities, String jurisdictions, String before,
            String after, Change change, RiskTier tierBefore, RiskTier tierAfter, String findingChanges) {
        IntendedUse use = new IntendedUse(Arrays.stream(activities.split(" ")).map(Activity::valueOf).toList(),
                List.of(jurisdictions.split(" ")), 100L, null, name);
        List<Finding> old = findings(before);
        List<Finding> now = findings(after);

        OutcomeComparison comparison = comparator.compare(old, POLICY.assess(old, use), now, POLICY.assess(now, use));

        assertThat(comparison.change()).as(name).isEqualTo(change);
        assertThat(List.of(comparison.tierBefore(), comparison.tierAfter())).as(name + ": tiers")
                .containsExactly(tierBefore, tierAfter);
        assertThat(comparison.findingChanges()).as(name + ": what changed")
                .extracting(c -> c.kind() + ":" + c.code() + ":" + c.change())
                .containsExactlyElementsOf(findingChanges == null ? List.of() : List.of(findingChanges.split("\\|")));
        assertThat(comparison.findingChanges()).allSatisfy(c -> assertThat(c.why()).as(name).contains(c.code()));
    }

    @Test
    void aTierRaisedByANewPolicyAloneIsWorseAndTheReasonsNameIt() {
        List<Finding> same = findings("license:MIT:SERVE_AS_API:ALLOWED:INFO:LICENSE_ALLOWS_ACTIVITY");
        RiskAssessment old = new RiskAssessment(RiskTier.LOW, List.of(), "2026-11-01.1");
        RiskAssessment now = new RiskAssessment(RiskTier.MEDIUM,
                List.of(new FiredRule("PUBLIC_API_SERVICE", "served to third parties", RiskTier.MEDIUM, List.of())),
                "2026-12-02.2");

        OutcomeComparison comparison = comparator.compare(same, old, same, now);

        assertThat(comparison.change()).isEqualTo(Change.WORSE);
        assertThat(comparison.findingChanges()).isEmpty();
        assertThat(comparison.reasons()).containsExactly("TIER:LOW→MEDIUM", "PUBLIC_API_SERVICE");
        assertThat(List.of(comparison.policyBefore(), comparison.policyAfter())).containsExactly("2026-11-01.1",
                "2026-12-02.2");
    }

    @Test
    void theWhyOfAChangedFindingNamesBothVerdictsAndTheRule() {
        OutcomeComparison comparison = comparator.compare(
                findings("license:Zlib:INTERNAL_TOOL:ALLOWED:INFO:LICENSE_ALLOWS_ACTIVITY"),
                new RiskAssessment(RiskTier.LOW, List.of(), "p1"),
                findings("license:Zlib:INTERNAL_TOOL:PROHIBITED:BLOCKER:LICENSE_PROHIBITS_ACTIVITY"),
                new RiskAssessment(RiskTier.PROHIBITED, List.of(), "p1"));

        assertThat(comparison.findingChanges()).singleElement().satisfies(change -> {
            assertThat(change.why()).isEqualTo("verdict ALLOWED → PROHIBITED, severity INFO → BLOCKER "
                    + "(LICENSE_ALLOWS_ACTIVITY → LICENSE_PROHIBITS_ACTIVITY, rule LICENSE_GRANTS)");
            assertThat(change.subjectId()).isEqualTo("Zlib");
            assertThat(change.activity()).isEqualTo(Activity.INTERNAL_TOOL);
        });
        assertThat(comparison.reasons()).containsExactly("LICENSE_PROHIBITS_ACTIVITY", "TIER:LOW→PROHIBITED");
    }

    /** {@code kind:subject[@jurisdiction]:ACTIVITY:VERDICT:SEVERITY:CODE|…}; the rule id of every finding is LICENSE_GRANTS. */
    static List<Finding> findings(String spec) {
        return Arrays.stream(spec.split("\\|")).map(String::strip).map(one -> {
            String[] part = one.split(":");
            String[] subject = part[1].split("@");
            return new Finding(part[5], Severity.valueOf(part[4]), Subject.of(SubjectKind.fromJson(part[0]), subject[0]),
                    "-".equals(part[2]) ? null : Activity.valueOf(part[2]), subject.length > 1 ? subject[1] : null,
                    Verdict.valueOf(part[3]), part[5] + " on " + subject[0], List.of(), List.of(), "LICENSE_GRANTS");
        }).toList();
    }
}
