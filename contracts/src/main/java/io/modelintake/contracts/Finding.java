package io.modelintake.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One fact with consequences (DESIGN.md). {@code activity} and {@code jurisdiction} are null when the fact
 * holds for every activity or jurisdiction. Every finding names the rule that produced it and its sources.
 * {@code restsOn} says whether the verdict rests on the code's licence, the weights' or the training data's terms;
 * null where no layer applies (and then left out of the JSON, so findings written before it read the same).
 */
public record Finding(
        String code,
        Severity severity,
        Subject subject,
        Activity activity,
        String jurisdiction,
        Verdict verdict,
        String message,
        List<String> obligations,
        List<Citation> citations,
        String ruleId,
        @JsonInclude(JsonInclude.Include.NON_NULL) TermsLayer restsOn) {

    @JsonCreator
    public Finding {
        obligations = obligations == null ? List.of() : List.copyOf(obligations);
        citations = citations == null ? List.of() : List.copyOf(citations);
    }

    /** A finding about no particular layer of the model. */
    public Finding(String code, Severity severity, Subject subject, Activity activity, String jurisdiction,
            Verdict verdict, String message, List<String> obligations, List<Citation> citations, String ruleId) {
        this(code, severity, subject, activity, jurisdiction, verdict, message, obligations, citations, ruleId, null);
    }

    /** The same finding, resting on {@code layer}. */
    public Finding restingOn(TermsLayer layer) {
        return new Finding(code, severity, subject, activity, jurisdiction, verdict, message, obligations, citations,
                ruleId, layer);
    }
}
