package io.modelintake.approval.overview;

import io.modelintake.contracts.DecisionRecord;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** What the overview reads of one ledger record: the request, the step, the decision, the reasons and the time. */
public record LedgerFact(UUID requestId, DecisionRecord.Step step, String decision, List<String> reasons, Instant at) {

    public LedgerFact {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(at, "at");
        decision = decision == null ? "" : decision;
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public static LedgerFact of(DecisionRecord record) {
        return new LedgerFact(record.requestId(), record.step(), record.decision(), record.reasons(), record.at());
    }
}
