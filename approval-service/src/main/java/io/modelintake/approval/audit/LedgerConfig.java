package io.modelintake.approval.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The ledger writer's settings ({@code approval.ledger.*}); its connections are {@code quarkus.datasource.ledger.*}. */
@ConfigMapping(prefix = "approval.ledger")
public interface LedgerConfig {

    /**
     * How long one append waits for the head lock or the ledger table before it gives up; the consumer then backs
     * off and tries the batch again, so a lock held elsewhere delays the ledger and never loses a record.
     */
    @WithDefault("10s")
    Duration lockTimeout();
}
