package io.modelintake.approval.service;

import io.modelintake.approval.decision.ApprovalTask;
import io.modelintake.approval.decision.ReviewKind;
import io.modelintake.approval.persistence.ApprovalTaskEntity;
import io.modelintake.approval.policy.RiskAssessment;
import io.modelintake.approval.policy.RiskPolicy;
import io.modelintake.approval.review.Change;
import io.modelintake.approval.review.OutcomeComparator;
import io.modelintake.approval.review.OutcomeComparison;
import io.modelintake.approval.review.ReevaluationAction;
import io.modelintake.approval.review.ReevaluationResult;
import io.modelintake.contracts.DecisionRecord;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.events.DatasetsAssessed;
import io.modelintake.contracts.events.Reevaluation;
import io.modelintake.contracts.events.RequestReevaluated;
import io.modelintake.contracts.events.Topics;
import io.modelintake.platform.audit.DecisionRecorder;
import io.modelintake.platform.outbox.Outbox;
import io.modelintake.platform.persistence.JsonColumns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Handles a re-evaluated request (a {@link DatasetsAssessed} carrying a {@link Reevaluation}): compares its new
 * outcome with the one its task was decided or opened on, then re-tiers a pending task, opens a re-review of an
 * approval that got worse, or lets the decision stand. Every re-evaluation is a {@code REEVALUATION} decision record
 * naming the knowledge versions before and after, and an {@code approval.request.reevaluated} event.
 */
@ApplicationScoped
public class Reevaluations {

    /** The actor of the re-evaluation's decision record. */
    static final String ACTOR = "approval-service";

    private final ApprovalIntake intake;
    private final ApprovalDesk desk;
    private final RiskPolicy policy;
    private final Outbox outbox;
    private final DecisionRecorder recorder;
    private final JsonColumns json;
    private final Clock clock;
    private final LicenseAcceptances acceptances;
    private final OutcomeComparator comparator = new OutcomeComparator();

    public Reevaluations(ApprovalIntake intake, ApprovalDesk desk, RiskPolicy policy, Outbox outbox,
            DecisionRecorder recorder, JsonColumns json, Clock clock, LicenseAcceptances acceptances) {
        this.intake = intake;
        this.acceptances = acceptances;
        this.desk = desk;
        this.policy = policy;
        this.outbox = outbox;
        this.recorder = recorder;
        this.json = json;
        this.clock = clock;
    }

    /** A first assessment opens the task; a re-evaluation is compared with it. Idempotent through the caller's inbox. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assessed(DatasetsAssessed assessed) {
        boolean known = ApprovalTaskEntity.findByIdOptional(assessed.request().id()).isPresent();
        if (assessed.reevaluation() == null || !known) {
            // A re-evaluation that overtook the first assessment opens the task on the current facts.
            intake.open(assessed);
            return;
        }
        reevaluate(assessed);
    }

    private void reevaluate(DatasetsAssessed reevaluated) {
        ApprovalTaskEntity entity = desk.locked(reevaluated.request().id());
        DatasetsAssessed before = json.read(entity.assessed, DatasetsAssessed.class);
        RiskAssessment assessedBefore = json.read(entity.assessment, RiskAssessment.class);
        List<Finding> findings = acceptances.findings(reevaluated);
        RiskAssessment assessedAfter = policy.assess(findings, reevaluated.request().intendedUse());
        OutcomeComparison comparison = comparator.compare(acceptances.findings(before), assessedBefore, findings,
                assessedAfter);
        ApprovalTask task = desk.task(entity);
        ReevaluationAction action = ReevaluationAction.of(task, comparison.change());
        Reevaluation trigger = reevaluated.reevaluation();
        Instant now = Instant.now(clock);

        switch (action) {
            case RETIER -> {
                ApprovalTask retiered = task.retiered(assessedAfter, AssessedFacts.proposedConditions(findings),
                        comparison.change() == Change.WORSE, now);
                desk.replaceFacts(entity, reevaluated, assessedAfter);
                desk.store(entity, retiered, now);
                if (retiered.decisionSequence() > task.decisionSequence()) {
                    // The new facts are prohibited by policy: rejected as a first assessment would be.
                    retiered.toApprovalDecided().ifPresent(decided -> {
                        outbox.publish(Topics.APPROVAL_DECIDED, Topics.TYPE_APPROVAL_DECIDED, entity.requestId, decided);
                        recorder.record(entity.requestId, DecisionRecord.Step.APPROVAL,
                                ApprovalTask.POLICY_ACTOR_PREFIX + assessedAfter.policyVersion(), decided.outcome(),
                                assessedAfter.reasons(), Map.of("tier", retiered.tier(), "findings", findings),
                                ApprovalIntake.knowledgeOf(reevaluated, assessedAfter.policyVersion()));
                    });
                }
            }
            case OPEN_REVIEW -> desk.openReview(entity, ReviewKind.REEVALUATION, trigger.trigger(), reevaluated,
                    assessedAfter);
            case STANDS -> {
                // The decision stands on the facts it was taken on; the new ones are in the record and the event.
            }
        }

        ReevaluationResult.Versions versionsBefore = new ReevaluationResult.Versions(before.licenseKnowledgeVersion(),
                before.datasetKnowledgeVersion(), assessedBefore.policyVersion());
        String knowledgeBefore = versionsBefore.toString();
        ReevaluationResult.Versions after = new ReevaluationResult.Versions(reevaluated.licenseKnowledgeVersion(),
                reevaluated.datasetKnowledgeVersion(), assessedAfter.policyVersion());
        ReevaluationResult result = new ReevaluationResult(trigger.jobId(), trigger.trigger(), action, comparison,
                knowledgeBefore, after.toString(), now);
        entity.reevaluation = json.write(result);

        List<String> reasons = new ArrayList<>(comparison.reasons());
        reasons.add("ACTION:" + action);
        recorder.record(entity.requestId, DecisionRecord.Step.REEVALUATION, ACTOR, comparison.change().name(), reasons,
                Map.of("trigger", trigger, "comparison", comparison, "findingsAfter", findings),
                ReevaluationResult.beforeAndAfter(versionsBefore, after));
        outbox.publish(Topics.REQUEST_REEVALUATED, Topics.TYPE_REQUEST_REEVALUATED, entity.requestId,
                new RequestReevaluated(entity.requestId, trigger.jobId(), comparison.change().name(),
                        comparison.tierBefore(), comparison.tierAfter(), knowledgeBefore, after.toString()));
    }
}
