package io.modelintake.license.knowledge;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.modelintake.contracts.Verdict;
import java.util.List;

/**
 * What a licence (or an addendum) says about one activity: the verdict, what an approval must carry, and the
 * clause it rests on with an optional short quote.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ActivityTerm(
        Verdict verdict,
        List<String> obligations,
        String clause,
        String quote,
        ObligationWeight weight,
        String note) {

    public ActivityTerm {
        obligations = obligations == null ? List.of() : List.copyOf(obligations);
        weight = weight == null ? ObligationWeight.LIGHT : weight;
    }
}
