package io.modelintake.contracts.events;

import io.modelintake.contracts.RiskTier;
import java.util.UUID;

/**
 * {@code modelintake.approval.reevaluated.v1}: approval-service compared a re-evaluated request's new findings and
 * tier with those it had decided (or was about to decide) on. {@code comparison} is {@code WORSE} (a verdict or the
 * tier got worse: a decided request goes {@code UNDER_REVIEW}), {@code SAME} or {@code BETTER} (the decision stands);
 * the knowledge versions name what the old and the new outcome rest on. intake-service counts it on the job.
 */
public record RequestReevaluated(
        UUID requestId,
        UUID jobId,
        String comparison,
        RiskTier tierBefore,
        RiskTier tierAfter,
        String knowledgeBefore,
        String knowledgeAfter) {
}
