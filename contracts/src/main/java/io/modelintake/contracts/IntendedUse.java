package io.modelintake.contracts;

import java.util.List;

/**
 * What the company will do with the model and where. Jurisdictions are ISO 3166 alpha-2 codes or {@code EU}.
 * {@code annualRevenueUsd} is optional and compared with revenue thresholds of licences.
 */
public record IntendedUse(
        List<Activity> activities,
        List<String> jurisdictions,
        Long expectedMonthlyActiveUsers,
        Long annualRevenueUsd,
        String description) {

    public IntendedUse {
        activities = activities == null ? List.of() : List.copyOf(activities);
        jurisdictions = jurisdictions == null ? List.of() : List.copyOf(jurisdictions);
    }
}
