package io.modelintake.intake.service;

import io.modelintake.contracts.DecisionRecord;
import io.modelintake.contracts.RequestStatus;
import io.modelintake.contracts.events.ApprovalDecided;
import io.modelintake.contracts.events.ApprovalOpened;
import io.modelintake.contracts.events.DatasetsAssessed;
import io.modelintake.contracts.events.LicenseResolved;
import io.modelintake.contracts.events.Reevaluation;
import io.modelintake.contracts.events.RequestReevaluated;
import io.modelintake.platform.persistence.JsonColumns;
import io.modelintake.intake.persistence.ModelRequestEntity;
import io.modelintake.intake.persistence.TimelineEntryEntity;
import io.modelintake.platform.audit.DecisionRecorder;
import io.modelintake.platform.messaging.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Applies what the other services decided to the request the engineer follows. */
@ApplicationScoped
public class RequestProgress {

    private static final Logger LOG = Logger.getLogger(RequestProgress.class);

    private final JsonColumns json;
    private final Clock clock;
    private final DecisionRecorder recorder;
    private final PlatformConfig platform;

    public RequestProgress(JsonColumns json, Clock clock, DecisionRecorder recorder, PlatformConfig platform) {
        this.json = json;
        this.clock = clock;
        this.recorder = recorder;
        this.platform = platform;
    }

    /**
     * The lineage and findings are stored whether first resolved or re-evaluated, so the request shows the current
     * facts; a re-evaluation is a {@code REEVALUATION} step on the timeline and never moves the status (a worse
     * outcome reaches it as approval-service's decision {@code UNDER_REVIEW}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void licenseResolved(LicenseResolved event) {
        request(event.request().id()).ifPresent(entity -> {
            entity.lineage = json.write(event.lineage());
            entity.licenseFindings = json.write(event.findings());
            step(entity, RequestStatus.LICENSE_RESOLVED, event.reevaluation(), "license-service",
                    event.findings().size() + " licence findings, knowledge " + event.licenseKnowledgeVersion());
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void datasetsAssessed(DatasetsAssessed event) {
        request(event.request().id()).ifPresent(entity -> {
            entity.lineage = json.write(event.lineage());
            entity.licenseFindings = json.write(event.licenseFindings());
            entity.datasetFindings = json.write(event.datasetFindings());
            step(entity, RequestStatus.DATASETS_ASSESSED, event.reevaluation(), "dataset-registry",
                    event.datasetFindings().size() + " dataset findings, knowledge " + event.datasetKnowledgeVersion());
        });
    }

    /** approval-service compared a re-evaluated request with its outcome before: the timeline says how it came out. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reevaluated(RequestReevaluated event) {
        request(event.requestId()).ifPresent(entity -> timeline(entity.id, DecisionRecord.Step.REEVALUATION.name(),
                "approval-service", event.comparison() + ": risk tier " + event.tierBefore() + " → " + event.tierAfter()
                        + ", knowledge " + event.knowledgeBefore() + " → " + event.knowledgeAfter()));
    }

    /**
     * A re-evaluation could not be processed: the request keeps its status and its outcome (it was evaluated before),
     * and its timeline says that the re-evaluation failed and why.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reevaluationFailed(UUID requestId, String topic, String reason) {
        request(requestId).ifPresent(entity -> timeline(entity.id, DecisionRecord.Step.REEVALUATION.name(),
                platform.serviceName(), "re-evaluation failed in " + topic + ": " + reason));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void approvalOpened(ApprovalOpened event) {
        request(event.requestId()).ifPresent(entity -> {
            entity.riskTier = event.riskTier();
            entity.firedRules = json.write(event.firedRules());
            entity.approvalFindings = json.write(event.findings());
            move(entity, RequestStatus.AWAITING_APPROVAL, "approval-service",
                    "risk tier " + event.riskTier() + " by " + String.join(", ", event.firedRules()));
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void approvalDecided(ApprovalDecided event) {
        request(event.requestId()).ifPresent(entity -> {
            if (!StatusOrder.replacesDecision(entity.decisionSequence, event.sequence())) {
                LOG.infof("decision %d (%s) on request %s ignored: decision %d is applied, only a later one replaces it",
                        event.sequence(), event.outcome(), entity.id, entity.decisionSequence);
                return;
            }
            entity.decisionSequence = event.sequence();
            entity.riskTier = event.riskTier();
            if (event.findings() != null) {
                entity.approvalFindings = json.write(event.findings());
            }
            entity.decision = json.write(event);
            String actors = String.join(", ", event.signatures().stream().map(ApprovalDecided.Signature::actor).toList());
            move(entity, RequestStatus.valueOf(event.outcome()), actors.isEmpty() ? "approval-service" : actors,
                    event.outcome() + (event.conditions().isEmpty() ? "" : " with " + event.conditions().size() + " conditions"));
        });
    }

    /** A step could not process the request's event: the request shows why instead of waiting forever. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void failed(UUID requestId, String topic, String reason) {
        request(requestId).ifPresent(entity -> {
            if (entity.status.isFinal()) {
                return;
            }
            entity.status = RequestStatus.FAILED;
            entity.statusReason = "processing of " + topic + " failed: " + reason;
            entity.updatedAt = Instant.now(clock);
            timeline(entity.id, DecisionRecord.Step.FAILURE.name(), platform.serviceName(), entity.statusReason);
            recorder.record(entity.id, DecisionRecord.Step.FAILURE, platform.serviceName(), "FAILED",
                    List.of("DEAD_LETTER:" + topic), entity.statusReason, DecisionRecord.NO_KNOWLEDGE);
        });
    }

    private void step(ModelRequestEntity entity, RequestStatus proposed, Reevaluation reevaluation, String actor,
            String decision) {
        if (reevaluation == null) {
            move(entity, proposed, actor, decision);
            return;
        }
        entity.updatedAt = Instant.now(clock);
        timeline(entity.id, DecisionRecord.Step.REEVALUATION.name(), actor, decision + " (" + reevaluation.trigger() + ")");
    }

    private void move(ModelRequestEntity entity, RequestStatus proposed, String actor, String decision) {
        if (entity.status == RequestStatus.FAILED) {
            entity.statusReason = null; // repaired: the timeline keeps the failure
        }
        entity.status = StatusOrder.advance(entity.status, proposed);
        entity.updatedAt = Instant.now(clock);
        timeline(entity.id, proposed.name(), actor, decision);
    }

    private void timeline(UUID requestId, String step, String actor, String decision) {
        TimelineEntryEntity entry = new TimelineEntryEntity();
        entry.requestId = requestId;
        entry.step = step;
        entry.at = Instant.now(clock);
        entry.actor = actor;
        entry.decision = decision;
        entry.persist();
    }

    private Optional<ModelRequestEntity> request(UUID id) {
        Optional<ModelRequestEntity> entity = ModelRequestEntity.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
        if (entity.isEmpty()) {
            LOG.warnf("event for unknown request %s ignored", id);
        }
        return entity;
    }
}
