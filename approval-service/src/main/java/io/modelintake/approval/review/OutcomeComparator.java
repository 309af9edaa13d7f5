package io.modelintake.approval.review;

import io.modelintake.approval.policy.RiskAssessment;
import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.SubjectKind;
import io.modelintake.contracts.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares the outcome a request was decided (or opened) on with its re-evaluated outcome (issue 15). WORSE when the
 * tier rose (LOW &lt; MEDIUM &lt; HIGH &lt; PROHIBITED) or the findings on one subject and activity got worse: their
 * verdict rose (ALLOWED &lt; CONDITIONAL &lt; UNSPECIFIED &lt; PROHIBITED), their severity rose, or a finding of
 * severity HIGH or BLOCKER (or with a PROHIBITED verdict) appeared. BETTER when only the reverse happened; else SAME.
 * Findings on the same subject, activity and jurisdiction count as one: their worst verdict and severity. Plain Java,
 * no clock, no I/O.
 */
public final class OutcomeComparator {

    public OutcomeComparison compare(List<Finding> findingsBefore, RiskAssessment before, List<Finding> findingsAfter,
            RiskAssessment after) {
        Map<Key, Side> old = bySubject(findingsBefore);
        Map<Key, Side> now = bySubject(findingsAfter);
        Set<Key> keys = new LinkedHashSet<>(old.keySet());
        keys.addAll(now.keySet());
        List<FindingChange> changes = new ArrayList<>();
        for (Key key : keys) {
            Side was = old.get(key);
            Side is = now.get(key);
            FindingChange change = was == null ? added(key, is) : is == null ? removed(key, was) : changed(key, was, is);
            if (change != null) {
                changes.add(change);
            }
        }
        int tierMove = after.tier().compareTo(before.tier());
        boolean worse = tierMove > 0 || changes.stream().anyMatch(change -> change.change() == Change.WORSE);
        boolean better = tierMove < 0 || changes.stream().anyMatch(change -> change.change() == Change.BETTER);
        Change overall = worse ? Change.WORSE : better ? Change.BETTER : Change.SAME;
        return new OutcomeComparison(overall, changes, before.tier(), after.tier(), before.firedRuleIds(),
                after.firedRuleIds(), before.policyVersion(), after.policyVersion());
    }

    private static FindingChange added(Key key, Side is) {
        Change change = isSerious(is) ? Change.WORSE : Change.SAME;
        return change(FindingChange.Kind.ADDED, change, key, null, is,
                "new finding " + is.code + " (" + describe(is) + ")");
    }

    private static FindingChange removed(Key key, Side was) {
        Change change = isSerious(was) ? Change.BETTER : Change.SAME;
        return change(FindingChange.Kind.REMOVED, change, key, was, null,
                "finding " + was.code + " (" + describe(was) + ") no longer applies");
    }

    private static FindingChange changed(Key key, Side was, Side is) {
        int verdictMove = Integer.compare(rank(is.verdict), rank(was.verdict));
        int severityMove = Integer.compare(rank(is.severity), rank(was.severity));
        if (verdictMove == 0 && severityMove == 0) {
            return null;
        }
        // Mixed moves (a better verdict with a higher severity) count as worse: the officers should look.
        Change change = verdictMove > 0 || severityMove > 0 ? Change.WORSE : Change.BETTER;
        List<String> moves = new ArrayList<>();
        if (verdictMove != 0) {
            moves.add("verdict " + was.verdict + " → " + is.verdict);
        }
        if (severityMove != 0) {
            moves.add("severity " + was.severity + " → " + is.severity);
        }
        String codes = was.code.equals(is.code) ? is.code : was.code + " → " + is.code;
        return change(FindingChange.Kind.CHANGED, change, key, was, is,
                String.join(", ", moves) + " (" + codes + ruleOf(is) + ")");
    }

    private static FindingChange change(FindingChange.Kind kind, Change change, Key key, Side was, Side is, String why) {
        Side rule = is != null ? is : was;
        return new FindingChange(kind, change, key.kind, rule.subjectId, key.activity, key.jurisdiction,
                was == null ? null : was.code, is == null ? null : is.code,
                was == null ? null : was.verdict, is == null ? null : is.verdict,
                was == null ? null : was.severity, is == null ? null : is.severity, rule.ruleId, why);
    }

    /** A finding whose appearance alone makes the outcome worse (and whose going makes it better). */
    private static boolean isSerious(Side side) {
        return side.severity == Severity.HIGH || side.severity == Severity.BLOCKER || side.verdict == Verdict.PROHIBITED;
    }

    private static String describe(Side side) {
        return (side.verdict == null ? "no verdict" : side.verdict.name()) + ", " + side.severity + ruleOf(side);
    }

    private static String ruleOf(Side side) {
        return side.ruleId == null ? "" : ", rule " + side.ruleId;
    }

    private static Map<Key, Side> bySubject(List<Finding> findings) {
        Map<Key, Side> sides = new LinkedHashMap<>();
        for (Finding finding : findings) {
            sides.merge(Key.of(finding), Side.of(finding), Side::worst);
        }
        return sides;
    }

    // The verdict order of issue 15; a finding without a verdict ranks below ALLOWED.
    private static int rank(Verdict verdict) {
        if (verdict == null) {
            return -1;
        }
        return switch (verdict) {
            case ALLOWED -> 0;
            case CONDITIONAL -> 1;
            case UNSPECIFIED -> 2;
            case PROHIBITED -> 3;
        };
    }

    private static int rank(Severity severity) {
        return severity == null ? -1 : severity.ordinal();
    }

    private record Key(SubjectKind kind, String id, Activity activity, String jurisdiction) {

        static Key of(Finding finding) {
            SubjectKind kind = finding.subject() == null ? null : finding.subject().kind();
            String id = finding.subject() == null || finding.subject().id() == null ? null
                    : finding.subject().id().toLowerCase(Locale.ROOT);
            return new Key(kind, id, finding.activity(), finding.jurisdiction());
        }
    }

    /** The worst of the findings on one key: verdict and severity each at their highest, and the finding carrying it. */
    private record Side(String subjectId, String code, Verdict verdict, Severity severity, String ruleId) {

        static Side of(Finding finding) {
            return new Side(finding.subject() == null ? null : finding.subject().id(),
                    Objects.requireNonNullElse(finding.code(), "UNCODED"), finding.verdict(), finding.severity(),
                    finding.ruleId());
        }

        Side worst(Side other) {
            Comparator<Side> order = Comparator.<Side>comparingInt(side -> rank(side.verdict))
                    .thenComparingInt(side -> rank(side.severity));
            Side top = order.compare(this, other) >= 0 ? this : other;
            return new Side(subjectId, top.code, rank(other.verdict) > rank(verdict) ? other.verdict : verdict,
                    rank(other.severity) > rank(severity) ? other.severity : severity, top.ruleId);
        }
    }
}
