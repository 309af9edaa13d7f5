package io.modelintake.approval.service;

import io.modelintake.approval.decision.ApprovalTask;
import io.modelintake.approval.persistence.ApprovalTaskEntity;
import io.modelintake.approval.policy.RiskAssessment;
import io.modelintake.approval.policy.RiskPolicy;
import io.modelintake.contracts.DecisionRecord;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.ModelRequest;
import io.modelintake.contracts.events.ApprovalOpened;
import io.modelintake.contracts.events.DatasetsAssessed;
import io.modelintake.contracts.events.Topics;
import io.modelintake.platform.audit.DecisionRecorder;
import io.modelintake.platform.outbox.Outbox;
import io.modelintake.platform.persistence.JsonColumns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Opens the approval task of an assessed request: tiers its risk by policy on the services' findings and the
 * licence acceptances the request's entity still lacks, tells intake-service it awaits
 * approval and, for a PROHIBITED request, records the policy's rejection at once.
 */
@ApplicationScoped
public class ApprovalIntake {

    private final RiskPolicy policy;
    private final Outbox outbox;
    private final DecisionRecorder recorder;
    private final JsonColumns json;
    private final Clock clock;
    private final LicenseAcceptances acceptances;

    public ApprovalIntake(RiskPolicy policy, Outbox outbox, DecisionRecorder recorder, JsonColumns json, Clock clock,
            LicenseAcceptances acceptances) {
        this.policy = policy;
        this.acceptances = acceptances;
        this.outbox = outbox;
        this.recorder = recorder;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void open(DatasetsAssessed assessed) {
        ModelRequest request = assessed.request();
        if (ApprovalTaskEntity.findByIdOptional(request.id()).isPresent()) {
            return;
        }
        List<Finding> missingAcceptances = acceptances.missing(assessed);
        List<Finding> findings = Stream.concat(AssessedFacts.findings(assessed).stream(), missingAcceptances.stream())
                .toList();
        RiskAssessment assessment = policy.assess(findings, request.intendedUse());
        List<String> proposed = AssessedFacts.proposedConditions(findings);
        Instant now = Instant.now(clock);
        ApprovalTask task = ApprovalTask.open(request.id(), request.requester(), assessment, proposed, now);

        ApprovalTaskEntity entity = new ApprovalTaskEntity();
        entity.requestId = request.id();
        entity.requester = request.requester();
        entity.modelName = request.model().name();
        entity.modelId = assessed.lineage() != null && assessed.lineage().modelId() != null
                ? assessed.lineage().modelId() : request.model().repoId();
        entity.submittedAt = request.submittedAt();
        entity.openedAt = now;
        entity.updatedAt = now;
        entity.riskTier = task.tier();
        entity.state = task.state();
        entity.policyVersion = assessment.policyVersion();
        entity.task = json.write(task);
        entity.assessment = json.write(assessment);
        entity.assessed = json.write(assessed);
        entity.persist();

        String policyActor = ApprovalTask.POLICY_ACTOR_PREFIX + assessment.policyVersion();
        String knowledge = knowledgeOf(assessed, assessment.policyVersion());
        outbox.publish(Topics.APPROVAL_OPENED, Topics.TYPE_APPROVAL_OPENED, request.id(),
                new ApprovalOpened(request.id(), task.tier(), assessment.firedRuleIds(), assessment.policyVersion(),
                        missingAcceptances));
        recorder.record(request.id(), DecisionRecord.Step.RISK_TIERING, policyActor, task.tier().name(),
                assessment.reasons(), Map.of("findings", findings, "intendedUse", request.intendedUse()), knowledge);
        task.toApprovalDecided().ifPresent(decided -> {
            outbox.publish(Topics.APPROVAL_DECIDED, Topics.TYPE_APPROVAL_DECIDED, request.id(), decided);
            recorder.record(request.id(), DecisionRecord.Step.APPROVAL, policyActor, decided.outcome(),
                    assessment.reasons(), Map.of("tier", task.tier(), "findings", findings), knowledge);
        });
    }

    /** The knowledge version of a tiering or policy decision on {@code assessed}. */
    static String knowledgeOf(DatasetsAssessed assessed, String policyVersion) {
        return "policy " + policyVersion + "; licences " + assessed.licenseKnowledgeVersion() + "; datasets "
                + assessed.datasetKnowledgeVersion();
    }
}
