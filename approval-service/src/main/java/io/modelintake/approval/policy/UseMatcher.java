package io.modelintake.approval.policy;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.IntendedUse;
import java.util.Set;

/**
 * Which intended uses a rule is about: the use names at least one of {@code activities} (when given) and at
 * least one of {@code jurisdictions} (when given).
 */
record UseMatcher(Set<Activity> activities, Set<String> jurisdictions) {

    UseMatcher {
        activities = Set.copyOf(activities);
        jurisdictions = Set.copyOf(jurisdictions);
    }

    boolean matches(IntendedUse use) {
        return (activities.isEmpty() || use.activities().stream().anyMatch(activities::contains))
                && (jurisdictions.isEmpty() || use.jurisdictions().stream().anyMatch(jurisdictions::contains));
    }
}
