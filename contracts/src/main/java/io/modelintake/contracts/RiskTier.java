package io.modelintake.contracts;

/** How many officers must sign (DESIGN.md). */
public enum RiskTier {
    /** One officer approves. */
    LOW,
    /** One officer, justification required. */
    MEDIUM,
    /** Two distinct officers. */
    HIGH,
    /** Auto-rejected by policy; an officer may grant a recorded exception. */
    PROHIBITED
}
