package io.modelintake.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "intake")
public interface IntakeConfig {

    /** The largest page a client may ask for when listing requests. */
    @WithDefault("100")
    int maxPageSize();
}
