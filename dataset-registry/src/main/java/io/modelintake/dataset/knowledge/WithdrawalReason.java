package io.modelintake.dataset.knowledge;

/**
 * Why a dataset's creators stopped distributing it: the reason, not the bare fact, decides how much a withdrawal
 * weighs for a company that trains on a circulating copy and for one that only uses weights someone else trained.
 */
public enum WithdrawalReason {
    /** It held personal or biometric data of people who never consented (faces of named people, e-mails). */
    PERSONAL_DATA,
    /** It held or linked to unlawful content (child sexual abuse material). */
    ILLEGAL_CONTENT,
    /** A court order or a copyright takedown notice removed it (or a component of it). */
    LEGAL_ORDER,
    /** Its content was copied against the terms of its source or without its authors' permission. */
    SOURCE_TERMS
}
