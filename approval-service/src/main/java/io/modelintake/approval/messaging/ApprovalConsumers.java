package io.modelintake.approval.messaging;

import io.modelintake.approval.service.Reevaluations;
import io.modelintake.contracts.events.DatasetsAssessed;
import io.modelintake.platform.messaging.EventConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Opens approval tasks for assessed requests and compares re-evaluated ones with them (the ledger's decision records have their own writer, {@link LedgerConsumer}). */
@ApplicationScoped
public class ApprovalConsumers {

    private final EventConsumer events;
    private final Reevaluations assessments;

    public ApprovalConsumers(EventConsumer events, Reevaluations assessments) {
        this.events = events;
        this.assessments = assessments;
    }

    @Incoming("datasets-assessed")
    @Blocking
    public CompletionStage<Void> datasetsAssessed(Message<List<String>> batch) {
        return events.handleBatch(batch, "approval.datasets-assessed", DatasetsAssessed.class, assessments::assessed);
    }
}
