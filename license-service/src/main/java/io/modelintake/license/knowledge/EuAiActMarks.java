package io.modelintake.license.knowledge;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What the EU AI Act knowledge says about a known model, each mark with the source it rests on: a general-purpose
 * AI model (Art. 3(63)), one presumed to have systemic risk (Art. 51), one whose provider is exempt from Art. 53(1)(a)
 * and (b) because it is released under a free and open-source licence with its weights public (Art. 53(2)). A mark
 * not set is not known, never "no".
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EuAiActMarks(
        boolean generalPurpose,
        boolean systemicRisk,
        boolean openSourceExemption,
        List<Source> sources) {

    public static final String GENERAL_PURPOSE = "generalPurpose";
    public static final String SYSTEMIC_RISK = "systemicRisk";
    public static final String OPEN_SOURCE_EXEMPTION = "openSourceExemption";

    public EuAiActMarks {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** No mark: a model the knowledge says nothing about under the EU AI Act. */
    public static EuAiActMarks none() {
        return new EuAiActMarks(false, false, false, List.of());
    }

    /** The names of the marks set, in the order above. */
    public List<String> marked() {
        return Stream.of(generalPurpose ? GENERAL_PURPOSE : null, systemicRisk ? SYSTEMIC_RISK : null,
                openSourceExemption ? OPEN_SOURCE_EXEMPTION : null).filter(Objects::nonNull).toList();
    }

    /** Where a mark rests: the page read, the passage relied on and, where read, its words. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Source(String mark, String url, String clause, String quote, LocalDate checked) {
    }
}
