package io.modelintake.license.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

@ConfigMapping(prefix = "license")
public interface LicenseConfig {

    Hub hub();

    interface Hub {
        /** The Hugging Face Hub (or a mirror) whose {@code /api/models/{repoId}} gives model card metadata. */
        @WithDefault("https://huggingface.co")
        URI baseUrl();

        /** How long one Hub call may take before it counts as unreachable (a finding, not a failure). */
        @WithDefault("5s")
        Duration timeout();
    }
}
