package io.modelintake.intake.messaging;

import io.modelintake.contracts.events.KnowledgeChanged;
import io.modelintake.contracts.events.RequestReevaluated;
import io.modelintake.intake.service.ReevaluationJobs;
import io.modelintake.intake.service.RequestProgress;
import io.modelintake.platform.messaging.EventConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * A knowledge change becomes a re-evaluation job ({@link ReevaluationJobs} finds and asks for the requests it
 * touches, in the background); approval-service's comparison of each re-evaluated request is counted on its job and
 * shown on the request's timeline.
 */
@ApplicationScoped
public class ReevaluationConsumers {

    private final EventConsumer events;
    private final ReevaluationJobs jobs;
    private final RequestProgress progress;

    public ReevaluationConsumers(EventConsumer events, ReevaluationJobs jobs, RequestProgress progress) {
        this.events = events;
        this.jobs = jobs;
        this.progress = progress;
    }

    @Incoming("knowledge-changed")
    @Blocking
    public CompletionStage<Void> knowledgeChanged(Message<List<String>> batch) {
        return events.handleBatch(batch, "intake.knowledge-changed", KnowledgeChanged.class, jobs::start);
    }

    @Incoming("request-reevaluated")
    @Blocking
    public CompletionStage<Void> requestReevaluated(Message<List<String>> batch) {
        return events.handleBatch(batch, "intake.request-reevaluated", RequestReevaluated.class, event -> {
            jobs.reevaluated(event);
            progress.reevaluated(event);
        });
    }
}
