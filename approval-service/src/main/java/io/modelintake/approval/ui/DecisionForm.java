package io.modelintake.approval.ui;

import io.modelintake.approval.decision.Decision;
import io.modelintake.approval.decision.DecisionInput;
import io.modelintake.approval.decision.Signature;
import io.modelintake.approval.rest.ApprovalView;
import io.modelintake.contracts.RiskTier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the decision form is shown to a viewer, with which choices, and what a posted form means. Showing it
 * is a courtesy: {@code ApprovalDesk} checks every rule again on each post, whatever the browser sends.
 *
 * @param shown whether the form is rendered
 * @param why why it is not (empty when shown)
 * @param choices the decisions offered, in the order shown
 * @param chosen the decision selected, empty at first
 * @param justification the justification typed so far
 * @param conditions the conditions prefilled, one per line
 */
public record DecisionForm(boolean shown, String why, List<Decision> choices, String chosen, String justification,
        String conditions) {

    /** Form field names, shared by the template and {@link #input}. */
    public static final String DECISION = "decision";
    public static final String JUSTIFICATION = "justification";
    public static final String CONDITIONS = "conditions";

    public static DecisionForm of(ApprovalView view, Viewer viewer) {
        String prefilled = String.join("\n", view.proposedConditions());
        Optional<String> why = refusal(view, viewer);
        if (why.isPresent()) {
            return new DecisionForm(false, why.get(), List.of(), "", "", prefilled);
        }
        List<Decision> choices = view.riskTier() == RiskTier.PROHIBITED
                ? List.of(Decision.GRANT_EXCEPTION, Decision.REJECT)
                : List.of(Decision.APPROVE, Decision.APPROVE_WITH_CONDITIONS, Decision.REJECT);
        return new DecisionForm(true, "", choices, "", "", prefilled);
    }

    /** The same form refilled with what the officer posted, after a refusal. */
    public DecisionForm refilledWith(Map<String, List<String>> posted) {
        return new DecisionForm(shown, why, choices, first(posted, DECISION).orElse(""),
                first(posted, JUSTIFICATION).orElse(""), first(posted, CONDITIONS).orElse(""));
    }

    /** Whether a choice is selected, for re-rendering the radio buttons. */
    public boolean isChosen(Decision decision) {
        return decision.name().equals(chosen);
    }

    private static Optional<String> refusal(ApprovalView view, Viewer viewer) {
        if (!viewer.isOfficer()) {
            return Optional.of("Read only: deciding needs the compliance-officer role.");
        }
        if (viewer.name().equals(view.requester())) {
            return Optional.of("You requested this model; another officer must decide.");
        }
        if (!view.open()) {
            return Optional.of("The request is decided: " + label(view.state().name()) + ".");
        }
        if (view.signatures().stream().map(Signature::actor).anyMatch(viewer.name()::equals)) {
            return Optional.of("You already signed; the next signature must come from a different officer.");
        }
        return Optional.empty();
    }

    /**
     * What the officer posted. Conditions travel only with the decisions that carry them, so that an officer who
     * chooses APPROVE or REJECT is not refused for the prefilled conditions they left in the box.
     */
    public static Optional<DecisionInput> input(Map<String, List<String>> form) {
        Optional<Decision> decision = first(form, DECISION).flatMap(DecisionForm::decision);
        if (decision.isEmpty()) {
            return Optional.empty();
        }
        List<String> conditions = switch (decision.get()) {
            case APPROVE_WITH_CONDITIONS, GRANT_EXCEPTION -> lines(first(form, CONDITIONS).orElse(""));
            case APPROVE, REJECT -> List.of();
        };
        return Optional.of(new DecisionInput(decision.get(), first(form, JUSTIFICATION).orElse(""), conditions));
    }

    /** Non-blank lines, stripped: one condition per line. */
    static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    static Optional<String> first(Map<String, List<String>> form, String field) {
        List<String> values = form.get(field);
        return values == null || values.isEmpty() || values.get(0) == null ? Optional.empty() : Optional.of(values.get(0));
    }

    private static Optional<Decision> decision(String value) {
        return Arrays.stream(Decision.values()).filter(d -> d.name().equals(value)).findFirst();
    }

    /** {@code APPROVED_WITH_CONDITIONS} → {@code approved with conditions}. */
    static String label(String constant) {
        return constant.toLowerCase().replace('_', ' ');
    }
}
