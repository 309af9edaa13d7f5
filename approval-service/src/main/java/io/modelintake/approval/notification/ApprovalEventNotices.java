package io.modelintake.approval.notification;

import io.modelintake.approval.persistence.ApprovalTaskEntity;
import io.modelintake.contracts.events.ApprovalDecided;
import io.modelintake.contracts.events.ApprovalOpened;
import io.modelintake.platform.messaging.EventConsumer;
import io.modelintake.platform.messaging.InvalidEventException;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Turns approval-service's own published events into notifications (consumer group
 * {@code approval-service-notifications}): whatever path opened a task or decided a request (an officer, the
 * policy, a re-review, the expiry sweep), its event is the one signal, read once per event through platform's
 * idempotent consumer.
 */
@ApplicationScoped
public class ApprovalEventNotices {

    private final EventConsumer events;
    private final Notifications notifications;

    public ApprovalEventNotices(EventConsumer events, Notifications notifications) {
        this.events = events;
        this.notifications = notifications;
    }

    @Incoming("notify-opened")
    @Blocking
    public CompletionStage<Void> opened(Message<List<String>> batch) {
        return events.handleBatch(batch, "approval.notify-opened", ApprovalOpened.class,
                opened -> notifications.send(NotificationRules.onOpened(opened, facts(opened.requestId()))));
    }

    @Incoming("notify-decided")
    @Blocking
    public CompletionStage<Void> decided(Message<List<String>> batch) {
        return events.handleBatch(batch, "approval.notify-decided", ApprovalDecided.class,
                decided -> notifications.send(NotificationRules.onDecided(decided, facts(decided.requestId()))));
    }

    /** The task is written in the transaction that published the event, so it is there. */
    private NotificationRules.RequestFacts facts(UUID requestId) {
        ApprovalTaskEntity task = ApprovalTaskEntity.findById(requestId);
        if (task == null) {
            throw new InvalidEventException("no approval task for request " + requestId);
        }
        return notifications.factsOf(task);
    }
}
