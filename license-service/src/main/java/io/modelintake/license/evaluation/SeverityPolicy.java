package io.modelintake.license.evaluation;

import io.modelintake.contracts.Severity;
import io.modelintake.contracts.Verdict;
import io.modelintake.license.knowledge.ObligationWeight;

/**
 * The one place that maps a verdict to a severity: PROHIBITED blocks, UNSPECIFIED needs a human (HIGH), a
 * CONDITIONAL grant warns when its obligations shape the product ({@link ObligationWeight#HEAVY}) and informs
 * when they are notices only.
 */
public final class SeverityPolicy {

    public Severity severityOf(Verdict verdict, ObligationWeight weight) {
        return switch (verdict) {
            case PROHIBITED -> Severity.BLOCKER;
            case UNSPECIFIED -> Severity.HIGH;
            case CONDITIONAL -> weight == ObligationWeight.HEAVY ? Severity.WARNING : Severity.INFO;
            case ALLOWED -> Severity.INFO;
        };
    }
}
