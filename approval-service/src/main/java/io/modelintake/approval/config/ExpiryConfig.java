package io.modelintake.approval.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The expiry sweep and the test clock of approval-service (issue 15). */
@ConfigMapping(prefix = "approval.expiry")
public interface ExpiryConfig {

    /** How often the sweep looks for approvals to re-review or expire and conditions gone overdue. */
    @WithDefault("15m")
    String sweepEvery();

    /** Rows the sweep handles per transaction. */
    @WithDefault("100")
    int batchSize();

    /**
     * Whether an intake-admin may move this service's clock (PUT /api/admin/clock), so that end-to-end tests drive an
     * approval past its validUntil. Only the local, dev and test profiles enable it; the prod profile refuses to start
     * with it.
     */
    @WithDefault("false")
    boolean adjustableClock();
}
