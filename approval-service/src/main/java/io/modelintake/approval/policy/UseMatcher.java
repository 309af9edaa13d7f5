package io.modelintake.approval.policy;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.IntendedUse;
import io.modelintake.contracts.Jurisdictions;
import java.util.Set;

/**
 * Which intended uses a rule is about: the use names at least one of {@code activities} (when given) and a
 * jurisdiction that overlaps {@code jurisdictions} (when given): a rule about the EEA meets a use in HU, and one
 * about DE meets a use in the EU.
 */
record UseMatcher(Set<Activity> activities, Set<String> jurisdictions) {

    UseMatcher {
        activities = Set.copyOf(activities);
        jurisdictions = Set.copyOf(jurisdictions);
    }

    boolean matches(IntendedUse use) {
        return (activities.isEmpty() || use.activities().stream().anyMatch(activities::contains))
                && (jurisdictions.isEmpty()
                        || use.jurisdictions().stream().anyMatch(code -> Jurisdictions.standard().overlaps(code, jurisdictions)));
    }
}
