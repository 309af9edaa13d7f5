package io.modelintake.license.knowledge;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.modelintake.contracts.Activity;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One licence: its SPDX id (or {@code LicenseRef-…}), the Hugging Face tags and names that mean it, what it says
 * for each activity, its thresholds, jurisdiction terms and what flows down to derivatives. {@code exceptions}
 * holds, per SPDX exception id, the activity terms an SPDX {@code WITH} exception changes. {@code acceptance} is set
 * when the licence is accepted by click-through, citing where it says so.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record LicenseEntry(
        String id,
        String name,
        LicenseCategory category,
        List<String> aliases,
        String sourceUrl,
        LocalDate checked,
        Map<Activity, ActivityTerm> activities,
        List<Threshold> thresholds,
        List<JurisdictionTerm> jurisdictionTerms,
        Set<FlowDown> flowsDown,
        Map<String, Map<Activity, ActivityTerm>> exceptions,
        Acceptance acceptance,
        String note) {

    public LicenseEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        activities = activities == null || activities.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(activities));
        thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
        jurisdictionTerms = jurisdictionTerms == null ? List.of() : List.copyOf(jurisdictionTerms);
        flowsDown = flowsDown == null ? Set.of() : Set.copyOf(flowsDown);
        exceptions = exceptions == null ? Map.of() : Map.copyOf(new TreeMap<>(exceptions));
    }

    public ActivityTerm term(Activity activity) {
        return activities.get(activity);
    }

    public boolean hasFlowDown() {
        return !flowsDown.isEmpty();
    }
}
