package io.modelintake.approval.policy;

import io.modelintake.contracts.RiskTier;
import java.util.List;
import java.util.stream.Stream;

/**
 * The tier a request lands in, every policy rule that fired (in policy order) and the policy version it was
 * assessed with. The tier is the highest floor of the fired rules, {@code LOW} when none fired.
 */
public record RiskAssessment(RiskTier tier, List<FiredRule> firedRules, String policyVersion) {

    public RiskAssessment {
        firedRules = List.copyOf(firedRules);
    }

    public List<String> firedRuleIds() {
        return firedRules.stream().map(FiredRule::id).toList();
    }

    /** Rule ids followed by the finding codes that triggered them: the {@code reasons} of a decision record. */
    public List<String> reasons() {
        return firedRules.stream()
                .flatMap(rule -> Stream.concat(
                        Stream.of(rule.id()), rule.triggeredBy().stream()))
                .distinct()
                .toList();
    }
}
