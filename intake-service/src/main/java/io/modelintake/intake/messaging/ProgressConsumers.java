package io.modelintake.intake.messaging;

import io.modelintake.contracts.events.ApprovalDecided;
import io.modelintake.contracts.events.ApprovalOpened;
import io.modelintake.contracts.events.DatasetsAssessed;
import io.modelintake.contracts.events.LicenseResolved;
import io.modelintake.intake.service.RequestProgress;
import io.modelintake.platform.messaging.DeadLetters;
import io.modelintake.platform.messaging.EventConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/** Follows a request through the other services' topics; the work is in {@link RequestProgress}. */
@ApplicationScoped
public class ProgressConsumers {

    private static final Logger LOG = Logger.getLogger(ProgressConsumers.class);

    private final EventConsumer events;
    private final RequestProgress progress;

    public ProgressConsumers(EventConsumer events, RequestProgress progress) {
        this.events = events;
        this.progress = progress;
    }

    @Incoming("license-resolved")
    @Blocking(ordered = false)
    public CompletionStage<Void> licenseResolved(Message<String> message) {
        return events.handle(message, "intake.license-resolved", LicenseResolved.class, progress::licenseResolved);
    }

    @Incoming("datasets-assessed")
    @Blocking(ordered = false)
    public CompletionStage<Void> datasetsAssessed(Message<String> message) {
        return events.handle(message, "intake.datasets-assessed", DatasetsAssessed.class, progress::datasetsAssessed);
    }

    @Incoming("approval-opened")
    @Blocking(ordered = false)
    public CompletionStage<Void> approvalOpened(Message<String> message) {
        return events.handle(message, "intake.approval-opened", ApprovalOpened.class, progress::approvalOpened);
    }

    @Incoming("approval-decided")
    @Blocking(ordered = false)
    public CompletionStage<Void> approvalDecided(Message<String> message) {
        return events.handle(message, "intake.approval-decided", ApprovalDecided.class, progress::approvalDecided);
    }

    /** Every service dead-letters what it cannot process; the request it belongs to becomes FAILED with the reason. */
    @Incoming("dead-letters")
    @Blocking(ordered = false)
    public CompletionStage<Void> deadLetter(Message<String> message) {
        return events.handleMessage(message, "intake.dead-letters", m -> {
            DeadLetters letter = DeadLetters.of(m);
            requestId(letter.key()).ifPresentOrElse(
                    id -> progress.failed(id, letter.topic(), letter.reason()),
                    () -> LOG.warnf("dead letter from %s without a request key: %s", letter.topic(), letter.reason()));
        });
    }

    private static java.util.Optional<UUID> requestId(String key) {
        try {
            return key == null ? java.util.Optional.empty() : java.util.Optional.of(UUID.fromString(key));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
