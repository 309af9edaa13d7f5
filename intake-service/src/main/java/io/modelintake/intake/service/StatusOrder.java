package io.modelintake.intake.service;

import io.modelintake.contracts.RequestStatus;

/**
 * The order in which a request moves. Events of different topics may arrive in any order, so a step only ever
 * moves the status forward; a final decision may replace another (a policy rejection, then a granted exception),
 * but only a newer one: decisions carry approval-service's per-request sequence, and a stale or replayed decision
 * never overwrites the one applied.
 * A FAILED request moves on with the next event processed for it: its dead letter was repaired and replayed.
 */
final class StatusOrder {

    private StatusOrder() {
    }

    static RequestStatus advance(RequestStatus current, RequestStatus proposed) {
        if (current == RequestStatus.FAILED) {
            return proposed;
        }
        if (current.isFinal()) {
            return proposed.isFinal() ? proposed : current;
        }
        return rank(proposed) > rank(current) ? proposed : current;
    }

    /** Whether a decision numbered {@code proposed} replaces the one applied ({@code applied} null: none was). */
    static boolean replacesDecision(Long applied, long proposed) {
        return applied == null || proposed > applied;
    }

    private static int rank(RequestStatus status) {
        return switch (status) {
            case SUBMITTED -> 0;
            case LICENSE_RESOLVED -> 1;
            case DATASETS_ASSESSED -> 2;
            case AWAITING_APPROVAL -> 3;
            case APPROVED, APPROVED_WITH_CONDITIONS, REJECTED, FAILED, UNDER_REVIEW, EXPIRED -> 4;
        };
    }
}
