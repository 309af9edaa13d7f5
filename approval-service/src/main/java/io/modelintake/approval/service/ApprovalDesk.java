package io.modelintake.approval.service;

import io.modelintake.approval.conditions.ConditionAssignment;
import io.modelintake.approval.conditions.ConditionFollowUp;
import io.modelintake.approval.decision.ApprovalRules;
import io.modelintake.approval.decision.ApprovalTask;
import io.modelintake.approval.decision.Decision;
import io.modelintake.approval.decision.DecisionInput;
import io.modelintake.approval.decision.DecisionOutcome;
import io.modelintake.approval.decision.ReviewKind;
import io.modelintake.approval.decision.TaskState;
import io.modelintake.approval.expiry.ApprovalValidity;
import io.modelintake.approval.expiry.ExpiryRules;
import io.modelintake.approval.persistence.ApprovalTaskEntity;
import io.modelintake.approval.policy.RiskAssessment;
import io.modelintake.approval.policy.RiskPolicy;
import io.modelintake.contracts.DecisionRecord;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.events.DatasetsAssessed;
import io.modelintake.contracts.events.Topics;
import io.modelintake.platform.audit.DecisionRecorder;
import io.modelintake.platform.outbox.Outbox;
import io.modelintake.platform.persistence.JsonColumns;
import io.modelintake.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Where an officer's decision is checked against the approval rules, stored, recorded and announced. */
@ApplicationScoped
public class ApprovalDesk {

    private final ApprovalRules rules;
    private final Outbox outbox;
    private final DecisionRecorder recorder;
    private final JsonColumns json;
    private final LicenseAcceptances acceptances;
    private final RiskPolicy policy;
    private final Clock clock;
    private final ApprovalValidity validity;
    private final ConditionFollowUp conditionFollowUp;

    public ApprovalDesk(ApprovalRules rules, Outbox outbox, DecisionRecorder recorder, JsonColumns json,
            LicenseAcceptances acceptances, RiskPolicy policy, Clock clock, ApprovalValidity validity,
            ConditionFollowUp conditionFollowUp) {
        this.rules = rules;
        this.policy = policy;
        this.outbox = outbox;
        this.recorder = recorder;
        this.json = json;
        this.acceptances = acceptances;
        this.clock = clock;
        this.validity = validity;
        this.conditionFollowUp = conditionFollowUp;
    }

    public ApprovalTask task(ApprovalTaskEntity entity) {
        return json.read(entity.task, ApprovalTask.class);
    }

    /**
     * Opens a re-review of a decided approval on the facts it rests on, tiered by the current risk policy: the request
     * goes {@code UNDER_REVIEW} (an {@code approval.decided} with the next sequence) and the task waits for officers
     * again, who decide it like any task. The expiry sweep calls this with {@link ReviewKind#EXPIRY}; the caller
     * records the decision record of what opened it. 409 unless the request is approved.
     */
    @Transactional
    public ApprovalTask openReview(UUID requestId, ReviewKind kind, String reason) {
        ApprovalTaskEntity entity = locked(requestId);
        DatasetsAssessed facts = json.read(entity.assessed, DatasetsAssessed.class);
        RiskAssessment assessment = policy.assess(acceptances.findings(facts), facts.request().intendedUse());
        TaskState state = task(entity).state();
        if (state != TaskState.APPROVED && state != TaskState.APPROVED_WITH_CONDITIONS) {
            throw new ProblemException(409, "Not approved", "only an approval is re-reviewed; request " + requestId
                    + " is " + state);
        }
        return openReview(entity, kind, reason, facts, assessment);
    }

    /**
     * Opens the re-review on {@code facts} (the re-evaluated ones, or the same): the facts it replaces stay beside
     * them as the previous round's.
     */
    ApprovalTask openReview(ApprovalTaskEntity entity, ReviewKind kind, String reason, DatasetsAssessed facts,
            RiskAssessment assessment) {
        Instant now = Instant.now(clock);
        ApprovalTask task = task(entity).reopened(kind, reason, assessment,
                AssessedFacts.proposedConditions(acceptances.findings(facts)), now);
        replaceFacts(entity, facts, assessment);
        store(entity, task, now);
        entity.reviewKind = kind;
        entity.reviewOpenedAt = now;
        task.toUnderReview(validity.validUntil(entity.requestId).orElse(null)).ifPresent(decided ->
                outbox.publish(Topics.APPROVAL_DECIDED, Topics.TYPE_APPROVAL_DECIDED, entity.requestId, decided));
        return task;
    }

    /** The task's facts become {@code facts}; those it rested on so far are kept as the previous round's. */
    void replaceFacts(ApprovalTaskEntity entity, DatasetsAssessed facts, RiskAssessment assessment) {
        entity.previousAssessed = entity.assessed;
        entity.previousAssessment = entity.assessment;
        entity.assessed = json.write(facts);
        entity.assessment = json.write(assessment);
        entity.policyVersion = assessment.policyVersion();
    }

    void store(ApprovalTaskEntity entity, ApprovalTask task, Instant now) {
        entity.task = json.write(task);
        entity.state = task.state();
        entity.riskTier = task.tier();
        entity.updatedAt = now;
    }

    /** The task's row, locked: two officers (or an officer and a re-evaluation) never change it at once. */
    ApprovalTaskEntity locked(UUID requestId) {
        return ApprovalTaskEntity.<ApprovalTaskEntity>findByIdOptional(requestId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("no approval task for request " + requestId
                        + " (it may not have been assessed yet)"));
    }

    /** Applies one officer's decision; a refusal is a problem with the rule's status and says what to change. */
    @Transactional
    public ApprovalTask decide(UUID requestId, String actor, Set<String> roles, DecisionInput input) {
        return decide(requestId, actor, roles, input, null);
    }

    /**
     * As {@link #decide(UUID, String, Set, DecisionInput)}; with {@code acceptLicensesFor} (a company entity) the
     * approval carries the condition that the entity accepts each click-through licence of the lineage it has not
     * accepted yet, and the officer signing meets it: the acceptances are recorded with the decision.
     */
    @Transactional
    public ApprovalTask decide(UUID requestId, String actor, Set<String> roles, DecisionInput input,
            String acceptLicensesFor) {
        return decide(requestId, actor, roles, input, acceptLicensesFor, ConditionAssignment.DEFAULT);
    }

    /**
     * As {@link #decide(UUID, String, Set, DecisionInput, String)}; the settling decision's {@code assignment} sets
     * who follows up its conditions and by when (the requester and the tier's period by default).
     */
    @Transactional
    public ApprovalTask decide(UUID requestId, String actor, Set<String> roles, DecisionInput input,
            String acceptLicensesFor, ConditionAssignment assignment) {
        ApprovalTaskEntity entity = locked(requestId);
        Instant now = Instant.now(clock);
        ApprovalTask before = task(entity);
        List<Lineage.LicenseTerms> toAccept = List.of();
        String modelId = entity.modelId != null ? entity.modelId : entity.modelName;
        Set<String> metBySigning = Set.of();
        if (acceptLicensesFor != null && !acceptLicensesFor.isBlank()) {
            toAccept = unaccepted(entity, acceptLicensesFor.strip());
            DecisionInput withAcceptances = withAcceptanceConditions(input, toAccept, acceptLicensesFor.strip());
            metBySigning = new HashSet<>(withAcceptances.conditions());
            metBySigning.removeAll(input.conditions());
            input = withAcceptances;
        }
        DecisionOutcome outcome = rules.decide(before, actor, roles, input, now);
        if (outcome instanceof DecisionOutcome.Refused refused) {
            throw new ProblemException(refused.reason().httpStatus(), title(refused), refused.detail());
        }
        DecisionOutcome.Accepted accepted = (DecisionOutcome.Accepted) outcome;
        ApprovalTask task = accepted.task();
        store(entity, task, now);

        List<String> reasons = new ArrayList<>(List.of("OFFICER_DECISION:" + input.decision(), "TIER:" + task.tier()));
        if (task.review() != null) {
            reasons.add("REVIEW:" + task.review().kind());
        }
        recorder.record(requestId, DecisionRecord.Step.APPROVAL, actor, input.decision().name(), reasons,
                Map.of("input", input, "taskBefore", before),
                "policy " + entity.policyVersion);
        for (Lineage.LicenseTerms licence : toAccept) {
            acceptances.record(licence.id(), licence.name(), licence.textSha256(), acceptLicensesFor.strip(),
                    List.of(modelId), requestId, "accepted as a condition of approving request " + requestId, actor);
        }
        if (accepted.settled()) {
            Optional<Instant> validUntil = validity.settle(task);
            conditionFollowUp.assign(task, actor, assignment, validUntil.orElse(null), metBySigning);
            // After the acceptances above: an approval that accepted the licences clears intake's finding too.
            List<Finding> missing = acceptances.missing(json.read(entity.assessed, DatasetsAssessed.class));
            task.toApprovalDecided()
                    .map(decided -> validUntil.map(until -> ExpiryRules.announcement(task, decided.outcome(),
                            decided.decidedAt(), until)).orElse(decided))
                    .map(decided -> decided.withFindings(missing))
                    .ifPresent(decided ->
                            outbox.publish(Topics.APPROVAL_DECIDED, Topics.TYPE_APPROVAL_DECIDED, requestId, decided));
        }
        return task;
    }

    /**
     * The click-through licences the request's entity has not accepted; accepting them on behalf of another entity
     * would not bind the one that uses the model, so it is refused.
     */
    private List<Lineage.LicenseTerms> unaccepted(ApprovalTaskEntity entity, String acceptingEntity) {
        DatasetsAssessed assessed = json.read(entity.assessed, DatasetsAssessed.class);
        String requestEntity = assessed.request().intendedUse() == null ? null
                : assessed.request().intendedUse().entity();
        if (requestEntity != null && !requestEntity.equals(acceptingEntity)) {
            throw ProblemException.invalid("acceptLicensesFor", "the request is for " + requestEntity
                    + "; accept its licences on behalf of " + requestEntity);
        }
        List<String> missing = acceptances.missing(assessed).stream().map(f -> f.subject().id()).toList();
        List<Lineage.LicenseTerms> unaccepted = assessed.lineage().licenses().stream()
                .filter(licence -> missing.contains(licence.id())).toList();
        if (unaccepted.isEmpty()) {
            throw ProblemException.invalid("acceptLicensesFor",
                    "the company has accepted every click-through licence of this request already");
        }
        return unaccepted;
    }

    private static DecisionInput withAcceptanceConditions(DecisionInput input, List<Lineage.LicenseTerms> licences,
            String entity) {
        if (input.decision() != Decision.APPROVE_WITH_CONDITIONS) {
            throw ProblemException.invalid("acceptLicensesFor",
                    "accepting a licence on behalf of the company is a condition: decide APPROVE_WITH_CONDITIONS");
        }
        List<String> conditions = new ArrayList<>(input.conditions());
        licences.forEach(licence -> conditions.add("Accept " + licence.name() + " (" + licence.id() + ", text "
                + (licence.textSha256() == null ? "not stored" : "sha256:" + licence.textSha256()) + ") on behalf of "
                + entity + "; recorded in the company's accepted licences"));
        return new DecisionInput(input.decision(), input.justification(), conditions);
    }

    private static String title(DecisionOutcome.Refused refused) {
        String words = refused.reason().name().toLowerCase().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
