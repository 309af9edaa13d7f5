package io.modelintake.approval.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelintake.approval.decision.ApprovalTask;
import io.modelintake.approval.decision.Decision;
import io.modelintake.approval.decision.Signature;
import io.modelintake.approval.decision.TaskState;
import io.modelintake.approval.policy.RiskPolicy;
import io.modelintake.contracts.RiskTier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

/** Owners and due dates of an approval's conditions, who may mark one met, with which evidence (issue 15). */
class ConditionRulesTests {

    private static final ConditionRules RULES = new ConditionRules(RiskPolicy.loadBundled().followUp());

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/cases/condition-plans.csv", delimiter = '|', numLinesToSkip = 1, ignoreLeadingAndTrailingWhitespace = false)
    void plansOwnersAndDueDates(String name, RiskTier tier, TaskState state, String conditions, String owner,
            LocalDate due, Instant decidedAt, Instant validUntil, String expectedOwner, Instant expectedDue,
            String refusedField) {
        List<String> texts = conditions == null ? List.of() : Arrays.stream(conditions.split(";")).map(String::strip).toList();
        Decision decision = texts.isEmpty() ? Decision.APPROVE : Decision.APPROVE_WITH_CONDITIONS;
        ApprovalTask task = new ApprovalTask(UUID.randomUUID(), "alice", tier, state,
                List.of(new Signature("bob", decision, "ok", texts, decidedAt)), List.of(), "test",
                decidedAt.minusSeconds(60), 1, null, List.of());
        ConditionAssignment assignment = new ConditionAssignment(owner, due);
        if (refusedField != null) {
            assertThatThrownBy(() -> RULES.plan(task, assignment, decidedAt, validUntil))
                    .isInstanceOfSatisfying(ConditionRules.Refused.class,
                            refused -> assertThat(refused.field()).isEqualTo(refusedField));
            return;
        }
        List<ConditionRules.Planned> planned = RULES.plan(task, assignment, decidedAt, validUntil);
        assertThat(planned).extracting(ConditionRules.Planned::text).containsExactlyElementsOf(texts);
        assertThat(planned).extracting(ConditionRules.Planned::n)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, texts.size()).boxed().toList());
        assertThat(planned).allSatisfy(c -> {
            assertThat(c.owner()).isEqualTo(expectedOwner);
            assertThat(c.dueAt()).isEqualTo(expectedDue);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            a sentence                              | Licence text added to the NOTICE file in release 4.2 | Licence text added to the NOTICE file in release 4.2
            a link                                  | https://wiki.example.org/legal/notice-4.2            | https://wiki.example.org/legal/notice-4.2
            an http link                            | http://intranet/legal/review-17                      | http://intranet/legal/review-17
            surrounding blanks are stripped         | '  see ticket LEGAL-42  '                            | see ticket LEGAL-42
            markup is kept as text (escaped when shown) | <b>done</b> in PR 7                                   | <b>done</b> in PR 7
            a script link is refused                | javascript:alert(1)                                  | null
            a data link is refused                  | data:text/html;base64,PHNjcmlwdD4=                   | null
            a link without host is refused          | https:///nohost                                      | null
            blank is refused                        | '   '                                                | null
            nothing is refused                      | null                                                 | null
            """)
    void checksEvidence(String name, String evidence, String stored) {
        if (stored == null) {
            assertThatThrownBy(() -> ConditionRules.checkEvidence(evidence))
                    .isInstanceOfSatisfying(ConditionRules.Refused.class, r -> assertThat(r.field()).isEqualTo("evidence"));
        } else {
            assertThat(ConditionRules.checkEvidence(evidence)).isEqualTo(stored);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the owner may          | erin  | erin | alice | true
            the requester may      | alice | erin | alice | true
            anybody else may not   | bob   | erin | alice | false
            """)
    void onlyTheOwnerOrTheRequesterMarksMet(String name, String actor, String owner, String requester, boolean may) {
        assertThat(ConditionRules.mayMarkMet(actor, owner, requester)).isEqualTo(may);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            open before its due time       | 2027-01-01T10:00:00Z | null                 | 2027-01-01T09:59:59Z | OPEN
            overdue at its due time        | 2027-01-01T10:00:00Z | null                 | 2027-01-01T10:00:00Z | OVERDUE
            overdue long after             | 2027-01-01T10:00:00Z | null                 | 2028-01-01T00:00:00Z | OVERDUE
            met in time                    | 2027-01-01T10:00:00Z | 2026-12-20T00:00:00Z | 2028-01-01T00:00:00Z | MET
            met late is met                | 2027-01-01T10:00:00Z | 2027-02-01T00:00:00Z | 2028-01-01T00:00:00Z | MET
            """)
    void tellsWhereAConditionStands(String name, Instant dueAt, Instant metAt, Instant now, ConditionStatus status) {
        assertThat(ConditionStatus.of(dueAt, metAt, now)).isEqualTo(status);
    }
}
