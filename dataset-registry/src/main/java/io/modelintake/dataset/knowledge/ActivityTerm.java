package io.modelintake.dataset.knowledge;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.Verdict;
import java.util.List;

/**
 * What terms say about one activity: the verdict for the party the terms bind, the clause it rests on, and the
 * obligations an approval must carry. {@code url} overrides the entry's {@code sourceUrl} for this clause;
 * {@code severity} overrides the default severity of the verdict.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActivityTerm(
        Verdict verdict,
        String clause,
        List<String> obligations,
        String url,
        Severity severity,
        String note) {

    public ActivityTerm {
        obligations = obligations == null ? List.of() : List.copyOf(obligations);
    }
}
