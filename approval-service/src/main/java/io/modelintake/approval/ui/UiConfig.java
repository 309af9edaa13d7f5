package io.modelintake.approval.ui;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The web UI's settings ({@code approval.ui.*}). */
@ConfigMapping(prefix = "approval.ui")
public interface UiConfig {

    /** The key of the forms' CSRF tokens; the same on every replica, at least 16 characters. */
    String formTokenSecret();

    /** How many approval tasks a queue or audit page lists at most. */
    @WithDefault("200")
    int pageSize();
}
