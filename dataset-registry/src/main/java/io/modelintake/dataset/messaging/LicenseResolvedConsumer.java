package io.modelintake.dataset.messaging;

import io.modelintake.contracts.events.LicenseResolved;
import io.modelintake.dataset.service.DatasetAssessment;
import io.modelintake.platform.messaging.EventConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

@ApplicationScoped
public class LicenseResolvedConsumer {

    private final EventConsumer events;
    private final DatasetAssessment assessment;

    public LicenseResolvedConsumer(EventConsumer events, DatasetAssessment assessment) {
        this.events = events;
        this.assessment = assessment;
    }

    @Incoming("license-resolved")
    @Blocking
    public CompletionStage<Void> consume(Message<List<String>> batch) {
        return events.handleBatch(batch, "dataset.license-resolved", LicenseResolved.class, assessment::assess);
    }
}
