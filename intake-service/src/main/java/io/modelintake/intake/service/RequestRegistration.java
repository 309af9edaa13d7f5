package io.modelintake.intake.service;

import io.modelintake.contracts.DecisionRecord;
import io.modelintake.contracts.IntendedUse;
import io.modelintake.contracts.ModelRequest;
import io.modelintake.contracts.ModelSpec;
import io.modelintake.contracts.RequestStatus;
import io.modelintake.contracts.events.RequestRegistered;
import io.modelintake.contracts.events.Topics;
import io.modelintake.intake.config.IntakeConfig;
import io.modelintake.intake.persistence.ModelRequestEntity;
import io.modelintake.intake.persistence.TimelineEntryEntity;
import io.modelintake.platform.audit.DecisionRecorder;
import io.modelintake.platform.outbox.Outbox;
import io.modelintake.platform.persistence.JsonColumns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Registers a request: its row, its first timeline step, the event for license-service and the decision record, in one transaction. */
@ApplicationScoped
public class RequestRegistration {

    private final Outbox outbox;
    private final DecisionRecorder recorder;
    private final JsonColumns json;
    private final Clock clock;
    private final IntakeConfig config;

    public RequestRegistration(Outbox outbox, DecisionRecorder recorder, JsonColumns json, Clock clock,
            IntakeConfig config) {
        this.outbox = outbox;
        this.config = config;
        this.recorder = recorder;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public ModelRequest register(String requester, ModelSpec model, IntendedUse asked) {
        Instant now = Instant.now(clock);
        IntendedUse intendedUse = asked.withDefaultEntity(config.defaultEntity());
        ModelRequest request = new ModelRequest(UUID.randomUUID(), requester, now, model, intendedUse);

        ModelRequestEntity entity = new ModelRequestEntity();
        entity.id = request.id();
        entity.requester = requester;
        entity.submittedAt = now;
        entity.updatedAt = now;
        entity.status = RequestStatus.SUBMITTED;
        entity.modelName = model.name();
        entity.model = json.write(model);
        entity.intendedUse = json.write(intendedUse);
        entity.persist();

        TimelineEntryEntity step = new TimelineEntryEntity();
        step.requestId = request.id();
        step.step = DecisionRecord.Step.REGISTRATION.name();
        step.at = now;
        step.actor = requester;
        step.decision = "SUBMITTED";
        step.persist();

        outbox.publish(Topics.REQUEST_REGISTERED, Topics.TYPE_REQUEST_REGISTERED, request.id(), new RequestRegistered(request));
        recorder.record(request.id(), DecisionRecord.Step.REGISTRATION, requester, "SUBMITTED",
                List.of("REQUEST_VALIDATED"), request, DecisionRecord.NO_KNOWLEDGE);
        return request;
    }
}
