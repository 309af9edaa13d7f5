package io.modelintake.dataset.knowledge;

/** How terms bind: a licence binds whoever exercises the licensed rights, a contract only the party that accepted it. */
public enum TermsKind {
    /** A copyright or database licence (SPDX or LicenseRef-) attached to the data. */
    LICENSE,
    /** Terms of access accepted at download: they bind the accepting party (and whom it bound), nobody else. */
    CONTRACT
}
