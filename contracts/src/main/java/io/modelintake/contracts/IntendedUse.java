package io.modelintake.contracts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What the company will do with the model and where. Jurisdictions are ISO 3166 alpha-2 codes or {@code EU}.
 * {@code annualRevenueUsd} is optional and compared with revenue thresholds of licences. {@code euAiAct} is optional:
 * the EU AI Act block, answered where a jurisdiction is in the EU.
 */
public record IntendedUse(
        @NotEmpty @Size(max = 8) List<@NotNull Activity> activities,
        @NotEmpty @Size(max = 30) List<@NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code or EU") String> jurisdictions,
        @PositiveOrZero Long expectedMonthlyActiveUsers,
        @PositiveOrZero Long annualRevenueUsd,
        @Size(max = 4000) String description,
        @Valid EuAiAct euAiAct) {

    public IntendedUse {
        activities = activities == null ? List.of() : List.copyOf(activities);
        jurisdictions = jurisdictions == null ? List.of() : List.copyOf(jurisdictions);
    }

    /** An intended use without the EU AI Act block. */
    public IntendedUse(List<Activity> activities, List<String> jurisdictions, Long expectedMonthlyActiveUsers,
            Long annualRevenueUsd, String description) {
        this(activities, jurisdictions, expectedMonthlyActiveUsers, annualRevenueUsd, description, null);
    }
}
