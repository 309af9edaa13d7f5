package io.modelintake.license.messaging;

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

    /**
     * A batch of registered requests. The prepare step runs outside the transaction and is where the Hub lookup
     * belongs: once {@code LicenseResolution} is split into {@code prepare(RequestRegistered)} (Hub I/O) and
     * {@code resolve(prepared)} (transactional), pass {@code resolution::prepare} here instead of {@code e -> e}.
     */
    @Incoming("request-registered")
    @Blocking
    public CompletionStage<Void> consume(Message<List<String>> batch) {
        return events.handleBatch(batch, "license.request-registered", RequestRegistered.class, e -> e, resolution::resolve);
    }
}
