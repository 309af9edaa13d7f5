package io.modelintake.license.messaging;

import io.modelintake.contracts.events.RequestRegistered;
import io.modelintake.license.service.LicenseResolution;
import io.modelintake.platform.messaging.EventConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
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

    @Incoming("request-registered")
    @Blocking(ordered = false)
    public CompletionStage<Void> consume(Message<String> message) {
        return events.handle(message, "license.request-registered", RequestRegistered.class, resolution::resolve);
    }
}
