package io.modelintake.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "intake")
public interface IntakeConfig {

    /** The largest page a client may ask for when listing requests. */
    @WithDefault("100")
    int maxPageSize();

    /**
     * The company entity a request is for when it names none ({@code intendedUse.entity}): a licence accepted by
     * click-through binds only the entity that accepted it.
     */
    @WithDefault("Acme GmbH")
    String defaultEntity();

    /** Re-evaluation jobs. */
    Reevaluation reevaluation();

    interface Reevaluation {
        /**
         * How many requests one transaction of a job looks at, or asks to re-evaluate: one change to a popular licence
         * becomes many short transactions rather than one huge one.
         */
        @WithDefault("200")
        int batchSize();

        /** How often the worker looks for running jobs (a job started on this replica is also worked at once). */
        @WithDefault("2s")
        Duration interval();

        /** Largest number of request ids an officer may name in one job started by hand. */
        @WithDefault("1000")
        int maxRequestIds();
    }
}
