package io.modelintake.approval.ui;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The web UI's settings ({@code approval.ui.*}). */
@ConfigMapping(prefix = "approval.ui")
public interface UiConfig {

    /**
     * The key of the forms' CSRF tokens; the same on every replica, at least 16 characters. Optional here only so
     * that a missing one is reported by platform's SecretsGuard with the variable to set.
     */
    Optional<String> formTokenSecret();

    /** How many approval tasks a queue or audit page lists at most. */
    @WithDefault("200")
    int pageSize();
}
