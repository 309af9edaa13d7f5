package io.modelintake.approval.conditions;

import io.modelintake.approval.decision.ApprovalTask;
import io.modelintake.approval.decision.TaskState;
import io.modelintake.approval.notification.NotificationRules;
import io.modelintake.approval.notification.Notifications;
import io.modelintake.approval.persistence.ApprovalConditionEntity;
import io.modelintake.approval.persistence.ApprovalTaskEntity;
import io.modelintake.approval.policy.RiskPolicy;
import io.modelintake.contracts.DecisionRecord;
import io.modelintake.contracts.Roles;
import io.modelintake.platform.audit.DecisionRecorder;
import io.modelintake.platform.problem.ProblemException;
import io.modelintake.platform.rest.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The follow-up of approvals' conditions: assigned when the decision settles, marked met by their owner or the
 * requester with evidence, found overdue by the sweep. Each step is a CONDITION_FOLLOW_UP record in the ledger.
 */
@ApplicationScoped
public class ConditionFollowUp {

    static final String ASSIGNED = "CONDITIONS_ASSIGNED";
    static final String MET = "CONDITION_MET";
    static final String OVERDUE = "CONDITION_OVERDUE";
    /** Evidence of a condition the signing officer met: accepting click-through licences for the company. */
    static final String MET_BY_SIGNING = "met by the signing officer; recorded in the company's accepted licences";

    private final ConditionRules rules;
    private final DecisionRecorder recorder;
    private final Notifications notifications;
    private final Clock clock;
    private final String policyVersion;

    public ConditionFollowUp(RiskPolicy policy, DecisionRecorder recorder, Notifications notifications, Clock clock) {
        this.rules = new ConditionRules(policy.followUp());
        this.recorder = recorder;
        this.notifications = notifications;
        this.clock = clock;
        this.policyVersion = "policy " + policy.version();
    }

    /**
     * Assigns the conditions of a settled decision, replacing those of an earlier approval of the request (the
     * ledger keeps them); {@code metBySigning} are conditions the signature itself met. A refused assignment is a
     * 400 naming the field, and the whole decision rolls back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ConditionRules.Planned> assign(ApprovalTask task, String actor, ConditionAssignment assignment,
            Instant validUntil, Set<String> metBySigning) {
        Instant now = Instant.now(clock);
        List<ConditionRules.Planned> planned;
        try {
            planned = rules.plan(task, assignment, task.decidedAt().orElse(now), validUntil);
        } catch (ConditionRules.Refused refused) {
            throw ProblemException.invalid(refused.field(), refused.getMessage());
        }
        ApprovalConditionEntity.delete("requestId", task.requestId());
        if (planned.isEmpty()) {
            return planned;
        }
        for (ConditionRules.Planned condition : planned) {
            ApprovalConditionEntity entity = new ApprovalConditionEntity();
            entity.id = UUID.randomUUID();
            entity.requestId = task.requestId();
            entity.n = condition.n();
            entity.text = condition.text();
            entity.owner = condition.owner();
            entity.dueAt = condition.dueAt();
            entity.assignedAt = now;
            entity.assignedBy = actor;
            if (metBySigning.contains(condition.text())) {
                entity.metAt = now;
                entity.metBy = actor;
                entity.evidence = MET_BY_SIGNING;
            }
            entity.persist();
        }
        recorder.record(task.requestId(), DecisionRecord.Step.CONDITION_FOLLOW_UP, actor, ASSIGNED,
                planned.stream().map(c -> "CONDITION:" + c.n() + " OWNER:" + c.owner() + " DUE:" + c.dueAt()).toList(),
                Map.of("conditions", planned), policyVersion);
        return planned;
    }

    /** The conditions of one request, for officers, auditors, its requester and the conditions' owners. */
    public List<ConditionView> ofRequest(UUID requestId, String actor, Set<String> roles) {
        ApprovalTaskEntity task = task(requestId);
        List<ApprovalConditionEntity> conditions = ApprovalConditionEntity.list("requestId", Sort.ascending("n"), requestId);
        boolean reader = roles.contains(Roles.OFFICER) || roles.contains(Roles.AUDITOR) || actor.equals(task.requester)
                || conditions.stream().anyMatch(c -> c.owner.equals(actor));
        if (!reader) {
            throw ProblemException.forbidden("only the requester, the conditions' owners, officers and auditors see "
                    + "the conditions of request " + requestId);
        }
        Instant now = Instant.now(clock);
        return conditions.stream().map(c -> ConditionView.of(c, task.modelName, now)).toList();
    }

    /** The conditions of one request for a page that has checked who may see the request. */
    public List<ConditionView> listOf(UUID requestId) {
        Instant now = Instant.now(clock);
        return ApprovalConditionEntity.<ApprovalConditionEntity>list("requestId", Sort.ascending("n"), requestId).stream()
                .map(c -> ConditionView.of(c, null, now)).toList();
    }

    /** How many conditions of each of these requests are not met yet (requests without any are left out). */
    public Map<UUID, Long> openCounts(Collection<UUID> requestIds) {
        if (requestIds.isEmpty()) {
            return Map.of();
        }
        return ApprovalConditionEntity.<ApprovalConditionEntity>list("requestId in ?1 and metAt is null", requestIds)
                .stream().collect(Collectors.groupingBy(c -> c.requestId, Collectors.counting()));
    }

    /** Marks condition {@code n} met with evidence: by its owner or the requester, while the approval holds. */
    @Transactional
    public ConditionView markMet(UUID requestId, int n, String actor, String evidence) {
        ApprovalTaskEntity task = task(requestId);
        ApprovalConditionEntity condition = ApprovalConditionEntity.<ApprovalConditionEntity>find(
                "requestId = ?1 and n = ?2", requestId, n).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("request " + requestId + " has no condition " + n));
        if (!ConditionRules.mayMarkMet(actor, condition.owner, task.requester)) {
            throw ProblemException.forbidden("only " + condition.owner + " (its owner) or " + task.requester
                    + " (the requester) mark condition " + n + " met");
        }
        if (condition.metAt != null) {
            throw new ProblemException(409, "Already met", "condition " + n + " was marked met by " + condition.metBy
                    + " at " + condition.metAt);
        }
        if (task.state != TaskState.APPROVED_WITH_CONDITIONS) {
            throw new ProblemException(409, "Approval not in force", "the request is " + task.state
                    + "; its conditions are no longer followed up");
        }
        String stored;
        try {
            stored = ConditionRules.checkEvidence(evidence);
        } catch (ConditionRules.Refused refused) {
            throw ProblemException.invalid(refused.field(), refused.getMessage());
        }
        Instant now = Instant.now(clock);
        condition.metAt = now;
        condition.metBy = actor;
        condition.evidence = stored;
        recorder.record(requestId, DecisionRecord.Step.CONDITION_FOLLOW_UP, actor, MET,
                List.of("CONDITION:" + n, "EVIDENCE_SHA256:" + sha256(stored)),
                Map.of("n", n, "text", condition.text, "evidence", stored), policyVersion);
        return ConditionView.of(condition, task.modelName, now);
    }

    /** Conditions across requests, newest due first among the overdue; {@code owner} narrows to one person's. */
    public Page<ConditionView> search(boolean overdueOnly, String owner, int page, int size) {
        Instant now = Instant.now(clock);
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (overdueOnly) {
            query.append(" and metAt is null and dueAt <= :now");
            parameters.and("now", now);
        }
        if (owner != null && !owner.isBlank()) {
            query.append(" and owner = :owner");
            parameters.and("owner", owner.strip());
        }
        var found = ApprovalConditionEntity.<ApprovalConditionEntity>find(query.toString(),
                Sort.ascending("dueAt").and("requestId").and("n"), parameters);
        List<ApprovalConditionEntity> rows = found.page(page, size).list();
        Map<UUID, String> models = modelNames(rows.stream().map(c -> c.requestId).collect(Collectors.toSet()));
        return new Page<>(rows.stream().map(c -> ConditionView.of(c, models.get(c.requestId), now)).toList(), page, size,
                found.count());
    }

    /**
     * Records each open condition past its due date as overdue, once: a batch of rows locked with {@code skip
     * locked}, so replicas never record one twice; the requester and the officers are told in the same transaction,
     * so once per condition too. Returns how many it recorded.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recordOverdue(List<ApprovalConditionEntity> due, Instant now) {
        for (ApprovalConditionEntity condition : due) {
            condition.overdueAt = now;
            recorder.record(condition.requestId, DecisionRecord.Step.CONDITION_FOLLOW_UP, "approval-service", OVERDUE,
                    List.of("CONDITION:" + condition.n, "OWNER:" + condition.owner, "DUE:" + condition.dueAt),
                    Map.of("n", condition.n, "text", condition.text, "dueAt", condition.dueAt.toString()), policyVersion);
            ApprovalTaskEntity task = task(condition.requestId);
            notifications.send(NotificationRules.onConditionOverdue(condition.requestId, notifications.factsOf(task),
                    task.riskTier, condition.text, condition.dueAt));
        }
        return due.size();
    }

    private static ApprovalTaskEntity task(UUID requestId) {
        return ApprovalTaskEntity.<ApprovalTaskEntity>findByIdOptional(requestId)
                .orElseThrow(() -> ProblemException.notFound("no approval for request " + requestId));
    }

    private static Map<UUID, String> modelNames(Set<UUID> requestIds) {
        if (requestIds.isEmpty()) {
            return Map.of();
        }
        return ApprovalTaskEntity.<ApprovalTaskEntity>list("requestId in ?1", requestIds).stream()
                .collect(Collectors.toMap(t -> t.requestId, t -> t.modelName, (a, b) -> a));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
