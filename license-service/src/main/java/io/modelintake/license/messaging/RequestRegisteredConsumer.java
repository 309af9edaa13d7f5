package io.modelintake.license.messaging;

import io.modelintake.contracts.events.ReevaluationRequested;
import io.modelintake.contracts.events.RequestRegistered;
import io.modelintake.license.service.LicenseResolution;
import io.modelintake.platform.messaging.EventConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

@ApplicationScoped
public class RequestRegisteredConsumer {

    private final EventConsumer events;
    private final LicenseResolution resolution;

    public RequestRegisteredConsumer(EventConsumer events, LicenseResolution resolution) {
        this.events = events;
        this.resolution = resolution;
    }

    /** The Hub is read in {@code prepare}, per event and before the batch's transaction opens; {@code resolve} runs inside it. */
    @Incoming("request-registered")
    @Blocking
    public CompletionStage<Void> consume(Message<List<String>> batch) {
        return events.handleBatch(batch, "license.request-registered", RequestRegistered.class,
                resolution::prepare, resolution::resolve);
    }

    /** A re-evaluation takes the same path as a registration; its outcome carries the re-evaluation on. */
    @Incoming("reevaluation-requested")
    @Blocking
    public CompletionStage<Void> reevaluate(Message<List<String>> batch) {
        return events.handleBatch(batch, "license.reevaluation-requested", ReevaluationRequested.class,
                resolution::prepare, resolution::resolve);
    }
}
