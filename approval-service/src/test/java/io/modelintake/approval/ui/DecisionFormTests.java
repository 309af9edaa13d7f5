package io.modelintake.approval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.approval.decision.ApprovalRules;
import io.modelintake.approval.decision.ApprovalTask;
import io.modelintake.approval.decision.Decision;
import io.modelintake.approval.decision.DecisionInput;
import io.modelintake.approval.decision.DecisionOutcome;
import io.modelintake.approval.rest.ApprovalView;
import io.modelintake.contracts.RiskTier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class DecisionFormTests {

    private final ApprovalRules rules = new ApprovalRules();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/ui/decision-form.csv", delimiter = '|', numLinesToSkip = 1)
    void showsTheFormOnlyToWhoMayDecide(String name, RiskTier tier, String requester, String steps, String viewerName,
            boolean shown, String choices, String why) {
        ApprovalTask task = ApprovalViews.signed(ApprovalViews.open(tier, requester, List.of("Attribute the authors")), steps);
        Viewer viewer = ApprovalViews.viewer(viewerName);

        DecisionForm form = DecisionForm.of(ApprovalViews.view(task, List.of()), viewer);

        assertThat(form.shown()).as(name).isEqualTo(shown);
        assertThat(form.choices()).as(name).containsExactlyElementsOf(choices == null ? List.of()
                : Arrays.stream(choices.split(",")).map(String::strip).map(Decision::valueOf).toList());
        if (why != null) {
            assertThat(form.why()).as(name).contains(why);
        }
        // The form is a courtesy: it must agree with the rules the server enforces on every post.
        Decision tried = shown ? form.choices().get(0)
                : tier == RiskTier.PROHIBITED ? Decision.GRANT_EXCEPTION : Decision.APPROVE;
        DecisionOutcome outcome = rules.decide(task, viewer.name(), viewer.roles(),
                new DecisionInput(tried, "because", List.of()), ApprovalViews.OPENED.plusSeconds(120));
        assertThat(outcome).as("%s: the server agrees", name)
                .isInstanceOf(shown ? DecisionOutcome.Accepted.class : DecisionOutcome.Refused.class);
    }

    @Test
    void prefillsTheProposedConditionsOnePerLine() {
        ApprovalTask task = ApprovalViews.open(RiskTier.MEDIUM, "alice", List.of("Attribute the authors", "Include the licence text"));

        DecisionForm form = DecisionForm.of(ApprovalViews.view(task, List.of()), ApprovalViews.viewer("bob"));

        assertThat(form.conditions()).isEqualTo("Attribute the authors\nInclude the licence text");
    }

    @Test
    void keepsWhatTheOfficerTypedAfterARefusal() {
        ApprovalView view = ApprovalViews.view(ApprovalViews.open(RiskTier.LOW, "alice", List.of("x")), List.of());

        DecisionForm again = DecisionForm.of(view, ApprovalViews.viewer("bob")).refilledWith(Map.of(
                "decision", List.of("REJECT"), "justification", List.of("Not for us"), "conditions", List.of("a\nb")));

        assertThat(again).extracting(DecisionForm::chosen, DecisionForm::justification, DecisionForm::conditions)
                .containsExactly("REJECT", "Not for us", "a\nb");
        assertThat(again.isChosen(Decision.REJECT)).isTrue();
        assertThat(again.isChosen(Decision.APPROVE)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/ui/decision-input.csv", delimiter = '|', numLinesToSkip = 1)
    void readsThePostedForm(String name, String decision, String justification, String conditions,
            String expectedDecision, String expectedConditions) {
        Map<String, List<String>> form = decision == null ? Map.of() : Map.of(
                "decision", List.of(decision),
                "justification", List.of(justification == null ? "" : justification),
                "conditions", List.of(conditions == null ? "" : conditions.replace("\\n", "\n")));

        var input = DecisionForm.input(form);

        if (expectedDecision == null) {
            assertThat(input).as(name).isEmpty();
            return;
        }
        assertThat(input).as(name).isPresent();
        assertThat(input.get().decision()).as(name).isEqualTo(Decision.valueOf(expectedDecision));
        assertThat(input.get().justification()).as(name).isEqualTo(justification == null ? "" : justification);
        assertThat(input.get().conditions()).as(name).containsExactlyElementsOf(expectedConditions == null ? List.of()
                : Arrays.asList(expectedConditions.split(";")));
    }
}
