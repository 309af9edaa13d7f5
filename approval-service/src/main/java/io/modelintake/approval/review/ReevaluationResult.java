package io.modelintake.approval.review;

import java.time.Instant;
import java.util.UUID;

/**
 * One re-evaluation of a request as approval-service handled it: the job and trigger it came from, what it did to
 * the task, the comparison, and the knowledge versions the old and the new outcome rest on.
 */
public record ReevaluationResult(
        UUID jobId,
        String trigger,
        ReevaluationAction action,
        OutcomeComparison comparison,
        String knowledgeBefore,
        String knowledgeAfter,
        Instant at) {

    /** The knowledge versions one outcome rests on, in the words of a decision record. */
    public record Versions(String licenses, String datasets, String policy) {

        @Override
        public String toString() {
            return "license " + licenses + "; dataset " + datasets + "; policy " + policy;
        }
    }

    /**
     * Both sides in one line for the decision record, e.g. "license A → B; dataset C (unchanged); policy E → F". An
     * unchanged version is named once, which keeps the line within the ledger's column.
     */
    public static String beforeAndAfter(Versions before, Versions after) {
        return "license " + move(before.licenses(), after.licenses()) + "; dataset "
                + move(before.datasets(), after.datasets()) + "; policy " + move(before.policy(), after.policy());
    }

    private static String move(String before, String after) {
        return before != null && before.equals(after) ? before + " (unchanged)" : before + " → " + after;
    }
}
