package io.modelintake.approval.policy;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.SubjectKind;
import io.modelintake.contracts.Verdict;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which findings a rule is about. Every constraint given must hold (AND); a set holds when the finding's value is
 * one of its members (OR); an empty set or an absent pattern does not constrain. {@code ruleIds} names the rules of
 * the services that produced the finding (e.g. the EU AI Act screen's {@code EU_AI_ACT_ART5_1_F_...}).
 */
record FindingMatcher(
        Set<Severity> severities,
        Set<Verdict> verdicts,
        Set<SubjectKind> subjectKinds,
        Set<Activity> activities,
        Set<String> jurisdictions,
        Optional<Pattern> code,
        Set<String> ruleIds) {

    FindingMatcher {
        severities = Set.copyOf(severities);
        verdicts = Set.copyOf(verdicts);
        subjectKinds = Set.copyOf(subjectKinds);
        activities = Set.copyOf(activities);
        jurisdictions = Set.copyOf(jurisdictions);
        ruleIds = Set.copyOf(ruleIds);
    }

    boolean matches(Finding finding) {
        return admits(severities, finding.severity())
                && admits(verdicts, finding.verdict())
                && admits(subjectKinds, finding.subject() == null ? null : finding.subject().kind())
                && admits(activities, finding.activity())
                && admits(jurisdictions, finding.jurisdiction())
                && admits(ruleIds, finding.ruleId())
                && code.map(pattern -> finding.code() != null && pattern.matcher(finding.code()).matches())
                        .orElse(true);
    }

    private static <T> boolean admits(Set<T> allowed, T value) {
        return allowed.isEmpty() || (value != null && allowed.contains(value));
    }
}
