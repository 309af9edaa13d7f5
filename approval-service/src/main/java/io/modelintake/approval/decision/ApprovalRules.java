package io.modelintake.approval.decision;

import io.modelintake.contracts.RiskTier;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who may decide what on an approval task, and when the request is decided (DESIGN.md, Risk tier and Security
 * rules). LOW and MEDIUM: one officer approves. HIGH: two distinct officers; the first approval leaves the task
 * pending. PROHIBITED: rejected by policy at {@link ApprovalTask#open}; two distinct officers may grant an
 * exception, which approves the request (with the conditions they signed). A REJECT by any officer ends the task.
 * Every decision needs a written justification, whatever the tier.
 */
public final class ApprovalRules {

    /** The realm role of officers (API.md). */
    public static final String COMPLIANCE_OFFICER = "compliance-officer";

    private final String officerRole;

    public ApprovalRules() {
        this(COMPLIANCE_OFFICER);
    }

    public ApprovalRules(String officerRole) {
        this.officerRole = Objects.requireNonNull(officerRole, "officerRole");
    }

    /**
     * Applies one officer's decision. {@code actor} is the token's username and {@code actorRoles} its realm
     * roles; {@code now} becomes the signature's time.
     */
    public DecisionOutcome decide(ApprovalTask task, String actor, Set<String> actorRoles, DecisionInput input,
            Instant now) {
        Objects.requireNonNull(input.decision(), "decision");
        Decision decision = input.decision();
        if (!actorRoles.contains(officerRole)) {
            return refuse(Refusal.NOT_AN_OFFICER, actor + " lacks the role " + officerRole);
        }
        if (actor.equals(task.requester())) {
            return refuse(Refusal.OWN_REQUEST, "nobody decides their own request; another officer must");
        }
        if (!task.isOpen()) {
            return refuse(Refusal.ALREADY_DECIDED, "the request is already " + task.state()
                    + (task.decidedAt().map(at -> " since " + at).orElse("")));
        }
        if (task.tier() == RiskTier.PROHIBITED && decision != Decision.GRANT_EXCEPTION && decision != Decision.REJECT) {
            return refuse(Refusal.EXCEPTION_REQUIRED,
                    "the request is prohibited by policy; only GRANT_EXCEPTION or REJECT apply");
        }
        if (task.tier() != RiskTier.PROHIBITED && decision == Decision.GRANT_EXCEPTION) {
            return refuse(Refusal.EXCEPTION_NOT_APPLICABLE,
                    "the request is " + task.tier() + ", not prohibited; use APPROVE or APPROVE_WITH_CONDITIONS");
        }
        if (task.signatures().stream().anyMatch(signature -> signature.actor().equals(actor))) {
            return refuse(Refusal.ALREADY_SIGNED, actor + " already signed; the next signature must come from "
                    + "a different officer");
        }
        if (input.justification() == null || input.justification().isBlank()) {
            return refuse(Refusal.JUSTIFICATION_REQUIRED, "every decision needs a written justification");
        }
        if (input.conditions().stream().anyMatch(condition -> condition == null || condition.isBlank())) {
            return refuse(Refusal.CONDITIONS_REQUIRED, "conditions must not be blank");
        }
        List<String> conditions = input.conditions().stream().map(String::strip).distinct().toList();
        if (decision == Decision.APPROVE_WITH_CONDITIONS && conditions.isEmpty()) {
            return refuse(Refusal.CONDITIONS_REQUIRED, "APPROVE_WITH_CONDITIONS needs at least one condition");
        }
        if ((decision == Decision.APPROVE || decision == Decision.REJECT) && !conditions.isEmpty()) {
            return refuse(Refusal.CONDITIONS_NOT_ALLOWED, decision + " carries no conditions; "
                    + "use APPROVE_WITH_CONDITIONS");
        }
        Signature signature = new Signature(actor, decision, input.justification().strip(), conditions, now);
        if (decision == Decision.REJECT) {
            return new DecisionOutcome.Accepted(task.with(signature, TaskState.REJECTED).settled(), true);
        }
        ApprovalTask signed = task.with(signature, task.state());
        if (signed.approvers().size() < task.requiredApprovals()) {
            return new DecisionOutcome.Accepted(signed, false);
        }
        TaskState approved = signed.signedConditions().isEmpty() ? TaskState.APPROVED : TaskState.APPROVED_WITH_CONDITIONS;
        return new DecisionOutcome.Accepted(task.with(signature, approved).settled(), true);
    }

    private static DecisionOutcome refuse(Refusal reason, String detail) {
        return new DecisionOutcome.Refused(reason, detail);
    }
}
