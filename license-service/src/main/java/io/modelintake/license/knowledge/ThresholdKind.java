package io.modelintake.license.knowledge;

/** Which fact of the intended use a threshold is compared with. */
public enum ThresholdKind {
    /** {@code IntendedUse.expectedMonthlyActiveUsers}. */
    MONTHLY_ACTIVE_USERS_ABOVE,
    /** {@code IntendedUse.annualRevenueUsd}. */
    ANNUAL_REVENUE_USD_ABOVE
}
