package io.modelintake.approval.rest;

import io.modelintake.approval.acceptance.AcceptanceCheck;
import io.modelintake.approval.decision.ApprovalTask;
import io.modelintake.approval.decision.Review;
import io.modelintake.approval.decision.Round;
import io.modelintake.approval.decision.Signature;
import io.modelintake.approval.decision.TaskState;
import io.modelintake.approval.policy.FiredRule;
import io.modelintake.approval.policy.RiskAssessment;
import io.modelintake.approval.review.ReevaluationResult;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.IntendedUse;
import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.ModelSpec;
import io.modelintake.contracts.RiskTier;
import io.modelintake.contracts.events.DatasetsAssessed;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * An approval task as officers and auditors see it: the facts, the tier with its rules, and who signed. The findings
 * are those of the assessment plus those that depend on the company's records now (a click-through licence not yet
 * accepted), which appear and go away as the records change.
 */
public record ApprovalView(
        UUID requestId,
        String requester,
        Instant submittedAt,
        Instant openedAt,
        RiskTier riskTier,
        TaskState state,
        boolean open,
        boolean exceptionOpen,
        int requiredApprovals,
        boolean awaitsSecondApproval,
        List<String> approvers,
        List<Signature> signatures,
        List<String> proposedConditions,
        List<String> conditions,
        List<FiredRule> riskRules,
        String policyVersion,
        ModelSpec model,
        Lineage lineage,
        IntendedUse intendedUse,
        List<Finding> findings,
        String licenseKnowledgeVersion,
        String datasetKnowledgeVersion,
        Review review,
        List<Round> history,
        Previous previous,
        ReevaluationResult reevaluation) {

    /**
     * The facts of the round before the last re-evaluation replaced them, shown beside the current ones; null until
     * one did.
     */
    public record Previous(List<Finding> findings, RiskTier riskTier, List<FiredRule> riskRules, String policyVersion,
            String licenseKnowledgeVersion, String datasetKnowledgeVersion) {

        public static Previous of(DatasetsAssessed assessed, RiskAssessment assessment) {
            return new Previous(Stream.concat(assessed.licenseFindings().stream(), assessed.datasetFindings().stream())
                    .toList(), assessment.tier(), assessment.firedRules(), assessment.policyVersion(),
                    assessed.licenseKnowledgeVersion(), assessed.datasetKnowledgeVersion());
        }
    }

    /** Whether the task is a re-review still waiting for officers. */
    public boolean reviewPending() {
        return review != null && open;
    }

    /** Whether a click-through licence of the lineage still lacks the company's acceptance. */
    public boolean hasMissingAcceptance() {
        return findings.stream().anyMatch(finding -> AcceptanceCheck.RULE.equals(finding.code()));
    }

    public static ApprovalView of(ApprovalTask task, RiskAssessment assessment, DatasetsAssessed assessed) {
        return of(task, assessment, assessed, List.of());
    }

    public static ApprovalView of(ApprovalTask task, RiskAssessment assessment, DatasetsAssessed assessed,
            List<Finding> currentFindings) {
        return of(task, assessment, assessed, currentFindings, null, null);
    }

    public static ApprovalView of(ApprovalTask task, RiskAssessment assessment, DatasetsAssessed assessed,
            List<Finding> currentFindings, Previous previous, ReevaluationResult reevaluation) {
        return new ApprovalView(task.requestId(), task.requester(), assessed.request().submittedAt(), task.openedAt(),
                task.tier(), task.state(), task.isOpen(), task.isExceptionOpen(), task.requiredApprovals(),
                task.awaitsSecondApproval(), task.approvers(), task.signatures(), task.proposedConditions(),
                task.conditions(), assessment.firedRules(), assessment.policyVersion(), assessed.request().model(),
                assessed.lineage(), assessed.request().intendedUse(),
                Stream.of(assessed.licenseFindings(), assessed.datasetFindings(), currentFindings)
                        .flatMap(List::stream).toList(),
                assessed.licenseKnowledgeVersion(), assessed.datasetKnowledgeVersion(), task.review(), task.history(),
                previous, reevaluation);
    }
}
