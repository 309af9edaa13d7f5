package io.modelintake.approval.messaging;

import io.modelintake.approval.service.ApprovalIntake;
import io.modelintake.contracts.events.DatasetsAssessed;
import io.modelintake.platform.messaging.EventConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Opens approval tasks for assessed requests (the ledger's decision records have their own writer, {@link LedgerConsumer}). */
@ApplicationScoped
public class ApprovalConsumers {

    private final EventConsumer events;
    private final ApprovalIntake intake;

    public ApprovalConsumers(EventConsumer events, ApprovalIntake intake) {
        this.events = events;
        this.intake = intake;
    }

    @Incoming("datasets-assessed")
    @Blocking
    public CompletionStage<Void> datasetsAssessed(Message<List<String>> batch) {
        return events.handleBatch(batch, "approval.datasets-assessed", DatasetsAssessed.class, intake::open);
    }
}
