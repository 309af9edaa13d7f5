package io.modelintake.intake.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelintake.contracts.events.ApprovalDecided;
import io.modelintake.contracts.events.ApprovalOpened;
import io.modelintake.contracts.events.DatasetsAssessed;
import io.modelintake.contracts.events.LicenseResolved;
import io.modelintake.intake.service.RequestProgress;
import io.modelintake.platform.messaging.DeadLetters;
import io.modelintake.platform.messaging.EventConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Follows a request through the other services' topics; the work is in {@link RequestProgress}. Each channel
 * takes batches, one at a time ({@code @Blocking} ordered), so events of one request are applied in order.
 */
@ApplicationScoped
public class ProgressConsumers {

    private static final Logger LOG = Logger.getLogger(ProgressConsumers.class);

    private final EventConsumer events;
    private final RequestProgress progress;
    private final ObjectMapper mapper;

    public ProgressConsumers(EventConsumer events, RequestProgress progress, ObjectMapper mapper) {
        this.events = events;
        this.progress = progress;
        this.mapper = mapper;
    }

    @Incoming("license-resolved")
    @Blocking
    public CompletionStage<Void> licenseResolved(Message<List<String>> batch) {
        return events.handleBatch(batch, "intake.license-resolved", LicenseResolved.class, progress::licenseResolved);
    }

    @Incoming("datasets-assessed")
    @Blocking
    public CompletionStage<Void> datasetsAssessed(Message<List<String>> batch) {
        return events.handleBatch(batch, "intake.datasets-assessed", DatasetsAssessed.class, progress::datasetsAssessed);
    }

    @Incoming("approval-opened")
    @Blocking
    public CompletionStage<Void> approvalOpened(Message<List<String>> batch) {
        return events.handleBatch(batch, "intake.approval-opened", ApprovalOpened.class, progress::approvalOpened);
    }

    @Incoming("approval-decided")
    @Blocking
    public CompletionStage<Void> approvalDecided(Message<List<String>> batch) {
        return events.handleBatch(batch, "intake.approval-decided", ApprovalDecided.class, progress::approvalDecided);
    }

    /**
     * Every service dead-letters what it cannot process; the request it belongs to becomes FAILED with the reason.
     * A failed re-evaluation (its own topics, or a step's event carrying a {@code reevaluation}) leaves the request's
     * status and outcome as they are, and only says so on its timeline. An event that did not come from its topic's
     * owner (forged or misrouted) leaves the request it names as it is.
     */
    @Incoming("dead-letters")
    @Blocking
    public CompletionStage<Void> deadLetter(Message<List<String>> batch) {
        return events.handleRecords(batch, "intake.dead-letters",
                record -> {
                    DeadLetters dead = DeadLetters.of(record);
                    return new Letter(dead, ReevaluationLetters.isReevaluation(mapper, dead, record.value()));
                }, letter -> {
            DeadLetters dead = letter.dead();
            if (!dead.fromTopicOwner()) {
                LOG.warnf("dead letter from %s of an event not sent by the topic's owner, request %s left as it is: %s",
                        dead.topic(), dead.key(), dead.reason());
                return;
            }
            requestId(dead.key()).ifPresentOrElse(
                    id -> {
                        if (letter.reevaluation()) {
                            progress.reevaluationFailed(id, dead.topic(), dead.reason());
                        } else {
                            progress.failed(id, dead.topic(), dead.reason());
                        }
                    },
                    () -> LOG.warnf("dead letter from %s without a request key: %s", dead.topic(), dead.reason()));
        });
    }

    private record Letter(DeadLetters dead, boolean reevaluation) {
    }

    private static Optional<UUID> requestId(String key) {
        try {
            return key == null ? Optional.empty() : Optional.of(UUID.fromString(key));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
