package io.modelintake.contracts;

/** What the company will do with the model (DESIGN.md, vocabulary). */
public enum Activity {
    INTERNAL_RESEARCH,
    INTERNAL_TOOL,
    COMMERCIAL_PRODUCT,
    SERVE_AS_API,
    SELL_OUTPUTS,
    FINE_TUNE,
    REDISTRIBUTE_WEIGHTS,
    DISTILL
}
