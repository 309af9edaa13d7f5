package io.modelintake.contracts;

import java.util.List;

/**
 * One fact with consequences (DESIGN.md). {@code activity} and {@code jurisdiction} are null when the fact
 * holds for every activity or jurisdiction. Every finding names the rule that produced it and its sources.
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
        String ruleId) {

    public Finding {
        obligations = obligations == null ? List.of() : List.copyOf(obligations);
        citations = citations == null ? List.of() : List.copyOf(citations);
    }
}
