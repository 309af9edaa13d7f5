package io.modelintake.license.knowledge;

/**
 * How much a conditional grant asks of an approval: {@code LIGHT} obligations are notices and licence texts,
 * {@code HEAVY} ones shape the product (flow-down of use restrictions, share-alike, naming, thresholds).
 */
public enum ObligationWeight {
    LIGHT,
    HEAVY
}
