package io.modelintake.approval.simulation;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.RiskTier;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.Subject;
import io.modelintake.contracts.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two outcomes of one request: the tier, and each finding, matched by its code, subject,
 * activity and jurisdiction, that appeared, disappeared or got another verdict or severity. Plain Java, no framework.
 */
public final class OutcomeComparison {

    /** A request's findings and the tier they put it in. */
    public record Outcome(List<Finding> findings, RiskTier tier) {

        public Outcome {
            findings = List.copyOf(findings);
            Objects.requireNonNull(tier, "tier");
        }
    }

    /**
     * One finding that changed; a side where the finding is absent has {@code present} false and null verdict and
     * severity (a present finding may also carry no verdict, e.g. a missing licence).
     */
    public record FindingChange(String code, Subject subject, Activity activity, String jurisdiction,
            boolean presentBefore, Verdict verdictBefore, Severity severityBefore, boolean presentAfter, Verdict verdictAfter,
            Severity severityAfter) {
    }

    /** The tier before and after and the findings that changed, in the order the outcomes list them. */
    public record Comparison(RiskTier tierBefore, RiskTier tierAfter, List<FindingChange> findings) {

        public Comparison {
            findings = List.copyOf(findings);
        }

        public boolean tierChanged() {
            return tierBefore != tierAfter;
        }

        /** Whether the tier or any finding's verdict or severity changed. */
        public boolean changed() {
            return tierChanged() || !findings.isEmpty();
        }
    }

    private OutcomeComparison() {
    }

    public static Comparison compare(Outcome before, Outcome after) {
        Map<Key, Finding> was = byKey(before.findings());
        Map<Key, Finding> is = byKey(after.findings());
        List<FindingChange> changes = new ArrayList<>();
        was.forEach((key, old) -> {
            Finding now = is.get(key);
            if (now == null || now.verdict() != old.verdict() || now.severity() != old.severity()) {
                changes.add(change(key, old, now));
            }
        });
        is.forEach((key, now) -> {
            if (!was.containsKey(key)) {
                changes.add(change(key, null, now));
            }
        });
        return new Comparison(before.tier(), after.tier(), changes);
    }

    private record Key(String code, Subject subject, Activity activity, String jurisdiction) {
    }

    // Two findings of one code, subject, activity and jurisdiction are one fact stated twice; the first stands for both.
    private static Map<Key, Finding> byKey(List<Finding> findings) {
        Map<Key, Finding> byKey = new LinkedHashMap<>();
        findings.forEach(finding -> byKey.putIfAbsent(new Key(finding.code(), finding.subject(), finding.activity(),
                finding.jurisdiction()), finding));
        return byKey;
    }

    private static FindingChange change(Key key, Finding before, Finding after) {
        return new FindingChange(key.code(), key.subject(), key.activity(), key.jurisdiction(),
                before != null, before == null ? null : before.verdict(), before == null ? null : before.severity(),
                after != null, after == null ? null : after.verdict(), after == null ? null : after.severity());
    }
}
