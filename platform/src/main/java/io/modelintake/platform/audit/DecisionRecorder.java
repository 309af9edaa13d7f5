package io.modelintake.platform.audit;

import io.modelintake.contracts.DecisionRecord;
import io.modelintake.contracts.events.Topics;
import io.modelintake.platform.canonical.CanonicalJson;
import io.modelintake.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Emits a {@link DecisionRecord} for every decision of a service, through the outbox so that the record is sent
 * exactly when the decision commits. The inputs are digested in canonical form: the ledger keeps the digest,
 * and anyone holding the inputs can show they are the ones decided on.
 */
@ApplicationScoped
public class DecisionRecorder {

    private final Outbox outbox;
    private final Clock clock;
    private final CanonicalJson canonicalJson = new CanonicalJson();

    public DecisionRecorder(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public DecisionRecord record(UUID requestId, DecisionRecord.Step step, String actor, String decision,
            List<String> reasons, Object inputs, String knowledgeVersion) {
        DecisionRecord record = new DecisionRecord(UUID.randomUUID(), requestId, step, actor, decision, reasons,
                canonicalJson.sha256Hex(inputs), knowledgeVersion, Instant.now(clock));
        // Knowledge changes concern no request; they are keyed by their own id.
        outbox.publish(Topics.DECISION_RECORDED, Topics.TYPE_DECISION_RECORDED,
                requestId == null ? record.id() : requestId, record);
        return record;
    }
}
