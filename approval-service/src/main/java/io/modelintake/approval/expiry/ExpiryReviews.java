package io.modelintake.approval.expiry;

import io.modelintake.approval.persistence.ApprovalTaskEntity;
import java.time.Instant;

/**
 * Opens a re-review of kind EXPIRY for an approval about to expire: the one call the expiry sweep makes, inside its
 * transaction, with the task's row locked, once per validity. Renewal is that re-review's decision; it sets a new
 * {@code validUntil} through {@link ApprovalValidity#settle}.
 */
public interface ExpiryReviews {

    void open(ApprovalTaskEntity task, Instant validUntil, Instant now);
}
