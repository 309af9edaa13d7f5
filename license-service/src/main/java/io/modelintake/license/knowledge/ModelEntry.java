package io.modelintake.license.knowledge;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A well-known public model as its card states it: licence (tag, SPDX id or expression), base models and
 * training datasets (registry aliases). {@code flags} carry facts terms depend on, e.g. {@code multimodal}.
 * {@code euAiAct} marks what the EU AI Act screen needs to know about the model, each mark with its source.
 * {@code ai} is what the card says of the model's domain and type (SPDX's AI profile), left out where it is not read.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ModelEntry(
        String repoId,
        String name,
        String license,
        List<String> baseModels,
        List<String> datasets,
        Set<String> flags,
        String sourceUrl,
        LocalDate checked,
        String note,
        EuAiActMarks euAiAct,
        ModelAiFacts ai) {

    public ModelEntry {
        baseModels = baseModels == null ? List.of() : List.copyOf(baseModels);
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
        flags = flags == null ? Set.of() : Set.copyOf(flags);
    }

    /** The EU AI Act marks, {@link EuAiActMarks#none()} when the entry sets none. */
    public EuAiActMarks euAiActMarks() {
        return euAiAct == null ? EuAiActMarks.none() : euAiAct;
    }
}
