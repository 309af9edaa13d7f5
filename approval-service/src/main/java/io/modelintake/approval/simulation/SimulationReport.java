package io.modelintake.approval.simulation;

import io.modelintake.approval.policy.FiredRule;
import io.modelintake.approval.review.FindingChange;
import io.modelintake.contracts.RiskTier;
import java.util.List;
import java.util.UUID;

/**
 * The answer of a dry run: the versions compared, how many requests were examined and how many would change, and
 * per changed request its tier and findings before → after with the policy rules that would fire.
 */
public record SimulationReport(Versions versions, int examined, int changed, int tierChanged, int tierRaised,
        List<RequestChange> requests) {

    public SimulationReport {
        requests = List.copyOf(requests);
    }

    /** One version in use and its candidate; the candidate is null when nothing of that kind was proposed. */
    public record Compared(String current, String candidate) {
    }

    /** Licence and dataset knowledge versions (null when not asked) and the risk policy's. */
    public record Versions(Compared licenses, Compared datasets, Compared policy) {
    }

    /**
     * A request that would change. {@code status} is its approval's state; {@code tierBefore} the tier it was given,
     * {@code rulesBefore} the rules that fired then, {@code firedRules} those that would fire.
     */
    public record RequestChange(UUID requestId, String model, String modelId, String status, RiskTier tierBefore,
            RiskTier tierAfter, List<FindingChange> findings, List<String> rulesBefore,
            List<FiredRule> firedRules) {

        public RequestChange {
            findings = List.copyOf(findings);
            rulesBefore = List.copyOf(rulesBefore);
            firedRules = List.copyOf(firedRules);
        }
    }
}
