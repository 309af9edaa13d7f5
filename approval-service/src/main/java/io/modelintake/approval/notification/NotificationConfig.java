package io.modelintake.approval.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The notifications' settings ({@code approval.notifications.*}); the SMTP server is {@code quarkus.mailer.*}. */
@ConfigMapping(prefix = "approval.notifications")
public interface NotificationConfig {

    /** The realm whose users are notified (the service account of {@code quarkus.keycloak.admin-client} reads it). */
    @WithDefault("model-intake")
    String realm();

    /** The web UI's address, for the links in the mails. */
    @WithDefault("http://127.0.0.1:8084")
    String uiUrl();

    /** How long the realm's answers (officers, a requester's address) are reused before asking again. */
    @WithDefault("60s")
    Duration directoryCacheTtl();

    /** How often the dispatcher and the mail sender look for work. */
    @WithDefault("2s")
    Duration pollInterval();

    /** How many notifications or mails one pass of the dispatcher or the sender takes. */
    @WithDefault("50")
    int batchSize();

    /** How long a claimed notification or mail stays with the replica that claimed it before another may retry it. */
    @WithDefault("2m")
    Duration lease();

    /** The wait before the first retry of a failed dispatch or mail; it doubles up to {@link #maxBackoff()}. */
    @WithDefault("5s")
    Duration backoff();

    /** The longest wait between retries. */
    @WithDefault("10m")
    Duration maxBackoff();

    /** After this many failed attempts a mail is given up (the inbox entry stays). */
    @WithDefault("12")
    int maxMailAttempts();
}
