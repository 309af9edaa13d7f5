package io.modelintake.approval.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.modelintake.approval.acceptance.AcceptanceCheck;
import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.IntendedUse;
import io.modelintake.contracts.RiskTier;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.Subject;
import io.modelintake.contracts.SubjectKind;
import io.modelintake.contracts.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RiskPolicyTests {

    private static final RiskPolicy POLICY = RiskPolicy.loadBundled();

    record FindingRow(String code, Severity severity, Verdict verdict, String subject, Activity activity,
            String jurisdiction, String ruleId) {
        FindingRow(String code, Severity severity, Verdict verdict, String subject, Activity activity,
                String jurisdiction) {
            this(code, severity, verdict, subject, activity, jurisdiction, null);
        }

        Finding toFinding() {
            return new Finding(code, severity, Subject.of(SubjectKind.fromJson(subject), "subject-of-" + code),
                    activity, jurisdiction, verdict, code, List.of(), List.of(), ruleId == null ? "TEST" : ruleId);
        }
    }

    record Case(String name, List<Activity> activities, List<String> jurisdictions, List<FindingRow> findings,
            RiskTier tier, List<String> fired) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() throws IOException {
        try (InputStream in = RiskPolicyTests.class.getResourceAsStream("/policy/risk-cases.yaml")) {
            List<Map<String, Object>> rows = new ObjectMapper(new YAMLFactory())
                    .readValue(in, new TypeReference<>() { });
            ObjectMapper mapper = new ObjectMapper();
            return rows.stream().map(row -> {
                Map<String, Object> renamed = new HashMap<>(row);
                renamed.put("name", renamed.remove("case"));
                return mapper.convertValue(renamed, Case.class);
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void tiersTheCase(Case c) {
        RiskAssessment assessment = POLICY.assess(
                c.findings().stream().map(FindingRow::toFinding).toList(),
                new IntendedUse(c.activities(), c.jurisdictions(), null, null, c.name()));

        assertThat(assessment.firedRuleIds()).as("%s: fired rules", c.name()).containsExactlyElementsOf(c.fired());
        assertThat(assessment.tier()).as("%s: tier", c.name()).isEqualTo(c.tier());
        assertThat(assessment.policyVersion()).isEqualTo(POLICY.version());
    }

    @Test
    void casesCoverEveryRuleAndEveryTier() throws IOException {
        List<Case> all = cases().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(40);
        assertThat(all.stream().flatMap(c -> c.fired().stream()).distinct())
                .containsExactlyInAnyOrderElementsOf(POLICY.ruleIds());
        assertThat(all.stream().map(Case::tier).distinct()).containsExactlyInAnyOrder(RiskTier.values());
    }

    @Test
    void firedRuleNamesTheFindingCodesThatTriggeredIt() {
        Finding laion = new FindingRow("DATASET_CONTAINS_PERSONAL_DATA", Severity.WARNING, Verdict.CONDITIONAL,
                "dataset", null, null).toFinding();
        Finding nc = new FindingRow("DATASET_NO_WARRANTY", Severity.WARNING, Verdict.CONDITIONAL,
                "dataset", null, null).toFinding();

        RiskAssessment assessment = POLICY.assess(List.of(laion, nc),
                new IntendedUse(List.of(Activity.INTERNAL_TOOL), List.of("EU"), null, null, null));

        assertThat(assessment.firedRules())
                .extracting(FiredRule::id, FiredRule::tier, FiredRule::triggeredBy)
                .containsExactly(
                        tuple("PERSONAL_DATA_IN_EU", RiskTier.HIGH,
                                List.of("DATASET_CONTAINS_PERSONAL_DATA")),
                        tuple("PERSONAL_DATA_IN_LINEAGE", RiskTier.MEDIUM,
                                List.of("DATASET_CONTAINS_PERSONAL_DATA")),
                        tuple("WARNING_FINDING", RiskTier.MEDIUM,
                                List.of("DATASET_CONTAINS_PERSONAL_DATA", "DATASET_NO_WARRANTY")));
        assertThat(assessment.firedRules()).allSatisfy(rule -> assertThat(rule.why()).isNotBlank());
        assertThat(assessment.reasons()).containsExactly("PERSONAL_DATA_IN_EU", "DATASET_CONTAINS_PERSONAL_DATA",
                "PERSONAL_DATA_IN_LINEAGE", "WARNING_FINDING", "DATASET_NO_WARRANTY");
    }

    /**
     * The policy names the EU AI Act screen's rules by id; an id the screen does not have would never fire. The
     * screen's rules live in license-service (euaiact/eu-ai-act-rules.yaml): read as a file of the same repository.
     */
    @Test
    void everyRuleIdThePolicyNamesIsARuleOfTheScreenOrAnAcceptanceCheck() throws IOException {
        Path screen = Path.of("..", "license-service", "src", "main", "resources", "euaiact", "eu-ai-act-rules.yaml");
        Map<String, Object> rules = new ObjectMapper(new YAMLFactory()).readValue(screen.toFile(), new TypeReference<>() { });
        @SuppressWarnings("unchecked")
        Set<String> screenIds = ((List<Map<String, Object>>) rules.get("rules")).stream()
                .map(rule -> (String) rule.get("id")).collect(Collectors.toSet());
        Map<String, Object> policy;
        try (InputStream in = RiskPolicy.class.getClassLoader().getResourceAsStream(RiskPolicy.BUNDLED)) {
            policy = new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<>() { });
        }
        @SuppressWarnings("unchecked")
        List<String> named = ((List<Map<String, Object>>) policy.get("rules")).stream()
                .map(rule -> (Map<String, Object>) rule.get("when"))
                .map(when -> (Map<String, Object>) when.get("finding"))
                .filter(finding -> finding != null && finding.get("ruleId") != null)
                .flatMap(finding -> ((List<String>) finding.get("ruleId")).stream())
                .toList();

        List<String> screened = named.stream().filter(id -> id.startsWith("EU_AI_ACT_")).toList();
        assertThat(screened).hasSizeGreaterThanOrEqualTo(30);
        assertThat(screenIds).containsAll(screened);
        assertThat(named).as("the other ids are approval-service's own checks")
                .filteredOn(id -> !id.startsWith("EU_AI_ACT_")).containsOnly(AcceptanceCheck.RULE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            duplicate-id.yaml       | rule WARNING_FINDING | used twice
            missing-why.yaml        | rule NO_REASON       | `why` is required
            unknown-tier.yaml       | rule BAD_TIER        | unknown value 'CRITICAL'
            lower-case-id.yaml      | rule warning_finding | UPPER_SNAKE_CASE
            empty-when.yaml         | rule NOTHING         | needs a `finding` or a `use`
            unknown-severity.yaml   | rule BAD_SEVERITY    | unknown value 'SEVERE'
            bad-regex.yaml          | rule BAD_REGEX       | not a regular expression
            bad-rule-id.yaml        | rule BAD_RULE_ID     | `ruleId` 'art5' is not an UPPER_SNAKE_CASE rule id
            missing-version.yaml    | missing-version.yaml | `version` is required
            unknown-field.yaml      | unknown-field.yaml   | not a policy file
            follow-up-missing.yaml          | followUp                          | the section is required
            follow-up-missing-tier.yaml     | followUp.approvalValidity         | no period for [PROHIBITED]
            follow-up-unknown-tier.yaml     | followUp.approvalValidity         | unknown tier 'CRITICAL'
            follow-up-bad-period.yaml       | followUp.approvalValidity.LOW     | not an ISO-8601 period
            follow-up-zero-period.yaml      | followUp.conditionDue.HIGH        | longer than zero
            follow-up-review-too-long.yaml  | followUp.reviewBefore             | not shorter than the PROHIBITED validity P1M
            follow-up-no-review.yaml        | followUp.reviewBefore             | an ISO-8601 period is required
            """)
    void refusesAnInvalidPolicyNamingFileAndRule(String file, String names, String problem) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/policy/invalid/" + file)) {
            assertThatThrownBy(() -> RiskPolicy.load(in, file))
                    .isInstanceOf(InvalidPolicyException.class)
                    .hasMessageContaining(file)
                    .hasMessageContaining(names)
                    .hasMessageContaining(problem);
        }
    }
}
