package io.modelintake.license.knowledge;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.modelintake.contracts.Activity;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Terms a model's author adds on top of its licence (e.g. Juggernaut XL: not to be used behind API services
 * without permission). Applies to the listed Hugging Face repo ids; only the activities it names change.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AddendumEntry(
        String id,
        String name,
        List<String> models,
        String license,
        String sourceUrl,
        LocalDate checked,
        Map<Activity, ActivityTerm> activities,
        String note) {

    public AddendumEntry {
        models = models == null ? List.of() : List.copyOf(models);
        activities = activities == null || activities.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(activities));
    }
}
