package io.modelintake.license.euaiact;

import io.modelintake.contracts.Severity;
import io.modelintake.contracts.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The rules file as written; {@link EuAiActRules} validates it into typed rules. */
record RulesFile(
        String version,
        String regulation,
        List<String> scope,
        String regulationUrl,
        Map<String, SourceText> sources,
        List<DateEntry> dates,
        Map<String, ProvisionEntry> provisions,
        List<RuleEntry> rules) {

    /** A text the quotes were read in. */
    record SourceText(String url, LocalDate checked, String note) {
    }

    record DateEntry(String id, LocalDate from, String provision, String what, String note) {
    }

    /** A provision: {@code text} names the source it was read in; {@code url} and {@code checked} override it. */
    record ProvisionEntry(String cite, String text, String url, LocalDate checked, String quote, String note) {
    }

    record RuleEntry(String id, String code, Severity severity, Verdict verdict, String appliesFrom, Condition when,
            String message, List<String> obligations, List<String> cites) {
    }
}
