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
 * the EU AI Act block, answered where a jurisdiction is in the EU. {@code entity} is the company entity the model is
 * for (e.g. {@code Acme GmbH}); optional, intake-service fills in the company's configured default entity. A licence
 * accepted by click-through binds only the entity that accepted it, so an acceptance counts for this request only
 * when this entity made it.
 */
public record IntendedUse(
        @NotEmpty @Size(max = 8) List<@NotNull Activity> activities,
        @NotEmpty @Size(max = 30) List<@NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code or EU") String> jurisdictions,
        @PositiveOrZero Long expectedMonthlyActiveUsers,
        @PositiveOrZero Long annualRevenueUsd,
        @Size(max = 4000) String description,
        @Valid EuAiAct euAiAct,
        @Size(max = 255) String entity) {

    public IntendedUse {
        activities = activities == null ? List.of() : List.copyOf(activities);
        jurisdictions = jurisdictions == null ? List.of() : List.copyOf(jurisdictions);
        entity = entity == null || entity.isBlank() ? null : entity.strip();
    }

    /** An intended use that names no company entity. */
    public IntendedUse(List<Activity> activities, List<String> jurisdictions, Long expectedMonthlyActiveUsers,
            Long annualRevenueUsd, String description, EuAiAct euAiAct) {
        this(activities, jurisdictions, expectedMonthlyActiveUsers, annualRevenueUsd, description, euAiAct, null);
    }

    /** This intended use, for {@code defaultEntity} when it names no entity. */
    public IntendedUse withDefaultEntity(String defaultEntity) {
        return entity != null ? this : new IntendedUse(activities, jurisdictions, expectedMonthlyActiveUsers,
                annualRevenueUsd, description, euAiAct, defaultEntity);
    }

    /** An intended use without the EU AI Act block. */
    public IntendedUse(List<Activity> activities, List<String> jurisdictions, Long expectedMonthlyActiveUsers,
            Long annualRevenueUsd, String description) {
        this(activities, jurisdictions, expectedMonthlyActiveUsers, annualRevenueUsd, description, null, null);
    }
}
