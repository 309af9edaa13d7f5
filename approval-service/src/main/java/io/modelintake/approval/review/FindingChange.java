package io.modelintake.approval.review;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.SubjectKind;
import io.modelintake.contracts.Verdict;

/**
 * How the findings on one subject and activity (and jurisdiction, where a finding names one) moved between the old
 * and the new outcome. {@code kind} says whether they were added, removed or changed; a side without findings has
 * null verdict, severity and code. {@code why} names the move in words, e.g.
 * "verdict ALLOWED → PROHIBITED (LICENSE_ACTIVITY_PROHIBITED, rule LICENSE_GRANTS)".
 */
public record FindingChange(
        Kind kind,
        Change change,
        SubjectKind subjectKind,
        String subjectId,
        Activity activity,
        String jurisdiction,
        String codeBefore,
        String codeAfter,
        Verdict verdictBefore,
        Verdict verdictAfter,
        Severity severityBefore,
        Severity severityAfter,
        String ruleId,
        String why) {

    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED
    }

    public boolean presentBefore() {
        return kind != Kind.ADDED;
    }

    public boolean presentAfter() {
        return kind != Kind.REMOVED;
    }

    /** The finding code this change is known by: the new one, else the old. */
    public String code() {
        return codeAfter != null ? codeAfter : codeBefore;
    }
}
