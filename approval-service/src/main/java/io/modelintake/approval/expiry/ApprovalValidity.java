package io.modelintake.approval.expiry;

import io.modelintake.approval.decision.ApprovalTask;
import io.modelintake.approval.persistence.ApprovalTaskEntity;
import io.modelintake.approval.persistence.ApprovalValidityEntity;
import io.modelintake.approval.policy.RiskPolicy;
import io.modelintake.contracts.RiskTier;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Until when each approval holds. {@link #settle} is the one place a {@code validUntil} is set: after every settled
 * decision, a first approval and a renewal on re-review alike (a renewal starts a new validity, with its own
 * re-review); a decision that is not an approval ends the validity.
 */
@ApplicationScoped
public class ApprovalValidity {

    private final RiskPolicy policy;
    private final Clock clock;

    public ApprovalValidity(RiskPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /** Sets (or ends) the validity of the settled {@code task}; the {@code validUntil} its decision announces. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Instant> settle(ApprovalTask task) {
        ApprovalValidityEntity row = ApprovalValidityEntity.findById(task.requestId());
        if (!ExpiryRules.holdsApproval(task.state(), false)) {
            if (row != null) {
                row.delete();
            }
            return Optional.empty();
        }
        Instant validUntil = policy.followUp().validUntil(task.tier(), task.decidedAt().orElseThrow());
        if (row == null) {
            row = new ApprovalValidityEntity();
            row.requestId = task.requestId();
        }
        row.validUntil = validUntil;
        row.reviewOpenedAt = null;
        row.expiredAt = null;
        row.policyVersion = policy.version();
        row.updatedAt = Instant.now(clock);
        row.persist();
        return Optional.of(validUntil);
    }

    public Optional<Instant> validUntil(UUID requestId) {
        return ApprovalValidityEntity.<ApprovalValidityEntity>findByIdOptional(requestId).map(row -> row.validUntil);
    }

    /** Until when the approvals of these requests hold (those that have one). */
    public Map<UUID, Instant> validUntil(Collection<UUID> requestIds) {
        if (requestIds.isEmpty()) {
            return Map.of();
        }
        return ApprovalValidityEntity.<ApprovalValidityEntity>list("requestId in ?1", requestIds).stream()
                .collect(Collectors.toMap(row -> row.requestId, row -> row.validUntil));
    }

    /** An approval in force that expires within the policy's {@code reviewBefore}, for the officers' queue. */
    public record Expiring(UUID requestId, String modelName, String requester, RiskTier tier, Instant validUntil,
            boolean reviewOpened) {
    }

    /** Approvals in force expiring within {@code reviewBefore} of {@code now}, soonest first. */
    public List<Expiring> expiring(Instant now, int limit) {
        Instant horizon = now.atOffset(ZoneOffset.UTC).plus(policy.followUp().reviewBefore()).toInstant();
        List<ApprovalValidityEntity> rows = ApprovalValidityEntity.<ApprovalValidityEntity>find(
                "expiredAt is null and validUntil <= ?1", Sort.ascending("validUntil"), horizon).page(0, limit).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, ApprovalTaskEntity> tasks = ApprovalTaskEntity.<ApprovalTaskEntity>list("requestId in ?1",
                rows.stream().map(row -> row.requestId).toList()).stream()
                .collect(Collectors.toMap(task -> task.requestId, task -> task));
        return rows.stream()
                .filter(row -> tasks.containsKey(row.requestId) && ExpiryRules.holdsApproval(tasks.get(row.requestId).state,
                        tasks.get(row.requestId).reviewKind != null))
                .map(row -> {
                    ApprovalTaskEntity task = tasks.get(row.requestId);
                    return new Expiring(row.requestId, task.modelName, task.requester, task.riskTier, row.validUntil,
                            row.reviewOpenedAt != null);
                })
                .toList();
    }
}
