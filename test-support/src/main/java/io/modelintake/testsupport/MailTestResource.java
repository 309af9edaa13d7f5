package io.modelintake.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * {@code @WithTestResource(MailTestResource.class)}: the JVM's SMTP server ({@link MailServer#shared()}) as the
 * service's {@code quarkus.mailer} server, really sending (not Quarkus' mock mailer).
 */
public class MailTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(MailServer.shared().smtpPort()),
                "quarkus.mailer.mock", "false");
    }

    @Override
    public void stop() {
        // Shared across test classes: the JVM's shutdown hook stops the server.
    }
}
