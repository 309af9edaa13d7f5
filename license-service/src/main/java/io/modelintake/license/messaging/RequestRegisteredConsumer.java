package io.modelintake.license.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelintake.contracts.events.RequestRegistered;
import io.modelintake.license.service.LicenseResolution;
import io.modelintake.license.service.PreparedResolution;
import io.modelintake.platform.messaging.EventConsumer;
import io.modelintake.platform.messaging.InvalidEventException;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

@ApplicationScoped
public class RequestRegisteredConsumer {

    private final EventConsumer events;
    private final LicenseResolution resolution;
    private final ObjectMapper mapper;

    public RequestRegisteredConsumer(EventConsumer events, LicenseResolution resolution, ObjectMapper mapper) {
        this.events = events;
        this.resolution = resolution;
        this.mapper = mapper;
    }

    @Incoming("request-registered")
    @Blocking(ordered = false)
    public CompletionStage<Void> consume(Message<String> message) {
        RequestRegistered event;
        try {
            event = mapper.readValue(message.getPayload(), RequestRegistered.class);
        } catch (JsonProcessingException e) {
            // never processable: the connector's dead-letter strategy sends it to <topic>.dlq with the reason
            return message.nack(new InvalidEventException(
                    "payload is not a valid RequestRegistered: " + e.getOriginalMessage(), e));
        }
        // the Hub is read here, before the platform's consumer opens its transaction
        PreparedResolution prepared = resolution.prepare(event);
        return events.handleMessage(message, "license.request-registered", m -> resolution.resolve(prepared));
    }
}
