package io.modelintake.approval.notification;

import java.util.Locale;

/** What a notification tells, and whom: officers learn of tasks, the requester of what happened to the request. */
public enum NotificationKind {
    /** A new approval task awaits an officer's decision. */
    REQUEST_OPENED(Audience.OFFICERS),
    /** A decided request is under review again (worse re-evaluation, or its approval is about to expire). */
    REVIEW_OPENED(Audience.OFFICERS),
    /** The request was approved, approved with conditions or rejected. */
    REQUEST_DECIDED(Audience.REQUESTER),
    /** The requester's decided request is under review again. */
    REQUEST_UNDER_REVIEW(Audience.REQUESTER),
    /** Nobody renewed the approval by its validUntil. */
    REQUEST_EXPIRED(Audience.REQUESTER),
    /** The approval expires soon (sent by the expiry sweep). */
    APPROVAL_EXPIRES_SOON(Audience.REQUESTER),
    /** An approval expires soon: its EXPIRY re-review awaits the officers' renewal or rejection (sent by the sweep). */
    EXPIRY_REVIEW_OPENED(Audience.OFFICERS),
    /** A condition of the approval is past its due date (sent by the expiry sweep). */
    CONDITION_OVERDUE(Audience.REQUESTER),
    /** A condition of an approval is past its due date, for the officers who follow conditions up (sent by the sweep). */
    CONDITION_OVERDUE_FOR_OFFICERS(Audience.OFFICERS);

    /** Who is told. */
    public enum Audience {
        /** Every compliance officer of the realm but the requester (nobody decides their own request). */
        OFFICERS,
        /** The user who submitted the request. */
        REQUESTER
    }

    private final Audience audience;

    NotificationKind(Audience audience) {
        this.audience = audience;
    }

    public Audience audience() {
        return audience;
    }

    /** The Qute template of its subject and text: {@code notifications/<kind in kebab case>.txt}. */
    public String template() {
        return "notifications/" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
