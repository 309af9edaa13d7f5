package io.modelintake.license.knowledge;

/** What a licence says must pass on to derivatives whatever licence their authors declare. */
public enum FlowDown {
    /** RAIL-style use restrictions (e.g. Attachment A) must be carried into every derivative's terms. */
    USE_RESTRICTIONS,
    /** Derivatives must be shared under the same or a compatible licence. */
    SHARE_ALIKE,
    /** The non-commercial limit binds derivatives too. */
    NON_COMMERCIAL,
    /** The whole agreement governs derivatives (e.g. Llama and Gemma terms cover works built on the model). */
    LICENSE_TERMS
}
