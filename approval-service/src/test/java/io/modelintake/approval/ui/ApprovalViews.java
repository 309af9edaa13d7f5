package io.modelintake.approval.ui;

import io.modelintake.approval.decision.ApprovalRules;
import io.modelintake.approval.decision.ApprovalTask;
import io.modelintake.approval.decision.Decision;
import io.modelintake.approval.decision.DecisionInput;
import io.modelintake.approval.decision.DecisionOutcome;
import io.modelintake.approval.policy.FiredRule;
import io.modelintake.approval.policy.RiskAssessment;
import io.modelintake.approval.rest.ApprovalView;
import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.IntendedUse;
import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.ModelRequest;
import io.modelintake.contracts.ModelSpec;
import io.modelintake.contracts.RiskTier;
import io.modelintake.contracts.events.DatasetsAssessed;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Approval tasks and views of the demo realm's users (API.md), signed through the real {@link ApprovalRules}. */
final class ApprovalViews {

    static final Map<String, Set<String>> ROLES = Map.of(
            "alice", Set.of("ml-engineer"),
            "bob", Set.of("compliance-officer"),
            "dave", Set.of("compliance-officer"),
            "carol", Set.of("auditor"),
            "erin", Set.of("intake-admin"),
            "frank", Set.of("ml-engineer", "compliance-officer"),
            "gina", Set.of("compliance-officer"));

    static final Instant OPENED = Instant.parse("2026-11-26T09:00:00Z");
    static final UUID REQUEST = UUID.fromString("7d4c1f0e-1b7a-4f7e-9a59-5c6a3e1d2b10");

    private static final ApprovalRules RULES = new ApprovalRules();

    private ApprovalViews() {
    }

    static Viewer viewer(String name) {
        return new Viewer(name, ROLES.getOrDefault(name, Set.of()), "token");
    }

    static RiskAssessment assessment(RiskTier tier) {
        List<FiredRule> fired = tier == RiskTier.LOW ? List.of()
                : List.of(new FiredRule("RULE_" + tier, "why " + tier, tier, List.of("CODE_" + tier)));
        return new RiskAssessment(tier, fired, "2026.11.1");
    }

    static ApprovalTask open(RiskTier tier, String requester, List<String> proposed) {
        return ApprovalTask.open(REQUEST, requester, assessment(tier), proposed, OPENED);
    }

    /** Applies {@code "bob APPROVE; dave REJECT"}: each step must be accepted. */
    static ApprovalTask signed(ApprovalTask task, String steps) {
        if (steps == null || steps.isBlank() || steps.equals("-")) {
            return task;
        }
        ApprovalTask current = task;
        for (String step : steps.split(";")) {
            String[] parts = step.strip().split(" ");
            Decision decision = Decision.valueOf(parts[1]);
            List<String> conditions = decision == Decision.APPROVE_WITH_CONDITIONS ? List.of("Attribute the authors") : List.of();
            DecisionOutcome outcome = RULES.decide(current, parts[0], ROLES.get(parts[0]),
                    new DecisionInput(decision, "because", conditions), OPENED.plusSeconds(60));
            if (!(outcome instanceof DecisionOutcome.Accepted accepted)) {
                throw new IllegalArgumentException("step '" + step + "' was refused: " + outcome);
            }
            current = accepted.task();
        }
        return current;
    }

    static ApprovalView view(ApprovalTask task, List<Finding> findings) {
        ModelSpec model = new ModelSpec("Juggernaut XL v9", "huggingface", "RunDiffusion/Juggernaut-XL-v9", "main",
                "creativeml-openrail-m", null, null, List.of("stabilityai/stable-diffusion-xl-base-1.0"), List.of());
        IntendedUse use = new IntendedUse(List.of(Activity.SERVE_AS_API), List.of("US", "EU"), 5000L, null, "Marketing");
        ModelRequest request = new ModelRequest(task.requestId(), task.requester(), OPENED.minusSeconds(600), model, use);
        DatasetsAssessed assessed = new DatasetsAssessed(request,
                new Lineage(model.repoId(), "LicenseRef-CreativeML-OpenRAIL-M", "card", List.of(), List.of()),
                findings, List.of(), "licences-1", "datasets-1");
        return ApprovalView.of(task, assessment(task.tier()), assessed);
    }
}
