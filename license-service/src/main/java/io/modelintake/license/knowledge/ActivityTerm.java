package io.modelintake.license.knowledge;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.modelintake.contracts.Verdict;
import java.util.List;

/**
 * What a licence (or an addendum) says about one activity: the verdict, what an approval must carry, and the
 * clause it rests on with an optional short quote. {@code tension} names another clause of the same text that
 * pulls the other way (FLUX.1 [dev] §2(d) lets outputs be used commercially, §4(a) forbids commercial use of data
 * the model produced): the officer must see both and decide, so it is a finding, not a note.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ActivityTerm(
        Verdict verdict,
        List<String> obligations,
        String clause,
        String quote,
        ObligationWeight weight,
        String note,
        Tension tension) {

    /** A clause of the same text in tension with the term's own clause, and how the two readings differ. */
    public record Tension(String clause, String quote, String reading) {
    }

    public ActivityTerm {
        obligations = obligations == null ? List.of() : List.copyOf(obligations);
        weight = weight == null ? ObligationWeight.LIGHT : weight;
    }
}
