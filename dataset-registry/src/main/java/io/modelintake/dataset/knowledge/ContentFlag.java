package io.modelintake.dataset.knowledge;

/** What a dataset or data source contains that carries legal weight beyond copyright terms. */
public enum ContentFlag {
    PERSONAL_DATA,
    /** Face images; biometric data in the sense of GDPR Art. 4(14) only when processed to identify someone. */
    FACES_BIOMETRICS,
    MINORS_POSSIBLE,
    EU_DATA_SUBJECTS,
    COPYRIGHTED_WORKS,
    WEB_SCRAPED
}
