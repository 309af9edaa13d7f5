package io.modelintake.license.euaiact;

import io.modelintake.contracts.Severity;
import io.modelintake.contracts.Verdict;
import java.util.List;

/**
 * One rule of the screen: when {@code when} holds, a finding with this code, severity and verdict, the message and
 * obligations (with {@code {model}} and {@code {syntheticContent}} filled in), citing {@code cites} and the date the
 * obligation applies from.
 */
public record ScreenRule(String id, String code, Severity severity, Verdict verdict, ApplicationDate appliesFrom,
        Condition when, String message, List<String> obligations, List<Provision> cites) {

    public ScreenRule {
        obligations = List.copyOf(obligations);
        cites = List.copyOf(cites);
    }
}
