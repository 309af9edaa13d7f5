package io.modelintake.approval.expiry;

import io.modelintake.approval.decision.ApprovalTask;
import io.modelintake.approval.persistence.ApprovalValidityEntity;
import io.modelintake.approval.policy.RiskPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

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
        if (!ExpiryRules.holdsApproval(task.state())) {
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
}
