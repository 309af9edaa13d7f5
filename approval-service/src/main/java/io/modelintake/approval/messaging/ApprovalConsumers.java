package io.modelintake.approval.messaging;

import io.modelintake.approval.audit.Ledger;
import io.modelintake.approval.service.ApprovalIntake;
import io.modelintake.contracts.DecisionRecord;
import io.modelintake.contracts.events.DatasetsAssessed;
import io.modelintake.platform.messaging.EventConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Opens approval tasks for assessed requests and appends every service's decision records to the ledger. */
@ApplicationScoped
public class ApprovalConsumers {

    private final EventConsumer events;
    private final ApprovalIntake intake;
    private final Ledger ledger;

    public ApprovalConsumers(EventConsumer events, ApprovalIntake intake, Ledger ledger) {
        this.events = events;
        this.intake = intake;
        this.ledger = ledger;
    }

    @Incoming("datasets-assessed")
    @Blocking
    public CompletionStage<Void> datasetsAssessed(Message<List<String>> batch) {
        return events.handleBatch(batch, "approval.datasets-assessed", DatasetsAssessed.class, intake::open);
    }

    @Incoming("decisions-recorded")
    @Blocking(ordered = false)
    public CompletionStage<Void> decisionRecorded(Message<String> message) {
        return events.handle(message, "approval.ledger", DecisionRecord.class, ledger::append);
    }
}
