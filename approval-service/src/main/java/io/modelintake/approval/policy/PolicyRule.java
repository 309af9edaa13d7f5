package io.modelintake.approval.policy;

import io.modelintake.contracts.Finding;
import io.modelintake.contracts.IntendedUse;
import io.modelintake.contracts.RiskTier;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule of the risk policy: when the intended use matches {@code use} (if given) and at least one finding
 * matches {@code finding} (if given), the request's tier is at least {@code tier}.
 */
record PolicyRule(String id, String why, RiskTier tier, Optional<FindingMatcher> finding, Optional<UseMatcher> use) {

    Optional<FiredRule> apply(List<Finding> findings, IntendedUse intendedUse) {
        if (use.isPresent() && !use.get().matches(intendedUse)) {
            return Optional.empty();
        }
        if (finding.isEmpty()) {
            return Optional.of(new FiredRule(id, why, tier, List.of()));
        }
        List<String> codes = findings.stream()
                .filter(finding.get()::matches)
                .map(f -> Objects.requireNonNullElse(f.code(), "UNCODED"))
                .distinct()
                .sorted()
                .toList();
        return codes.isEmpty() ? Optional.empty() : Optional.of(new FiredRule(id, why, tier, codes));
    }
}
