package io.modelintake.license.service;

import io.modelintake.contracts.DecisionRecord;
import io.modelintake.license.client.ModelCardCache;
import io.modelintake.license.evaluation.ModelCard;
import io.modelintake.license.evaluation.ModelCardChange;
import io.modelintake.license.evaluation.ModelCardLookup;
import io.modelintake.platform.audit.DecisionRecorder;
import io.modelintake.platform.knowledge.ChangeScope.Touched;
import io.modelintake.platform.knowledge.KnowledgeStore;
import io.modelintake.platform.messaging.PlatformConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Reads the model cards that requests rest on (those the card cache holds) again from the Hub. When a card's licence
 * or base models moved at the source, the cache takes the new card and a {@code KnowledgeChanged} of kind
 * {@code model-card} names the model, so that intake-service re-evaluates the requests resting on it; the change is a
 * decision record too. The Hub is read with no transaction open; each change commits on its own.
 */
@ApplicationScoped
public class ModelCardRefresh {

    private static final Logger LOG = Logger.getLogger(ModelCardRefresh.class);
    static final String KIND = "model-card";

    private final ModelCardCache cards;
    private final KnowledgeStore store;
    private final DecisionRecorder recorder;
    private final PlatformConfig platform;

    public ModelCardRefresh(ModelCardCache cards, KnowledgeStore store, DecisionRecorder recorder, PlatformConfig platform) {
        this.cards = cards;
        this.store = store;
        this.recorder = recorder;
        this.platform = platform;
    }

    @Scheduled(every = "${license.card-refresh.every:6h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        refresh();
    }

    /** One pass over the held cards; answers the repo ids whose card moved. An unreachable Hub changes nothing. */
    @Transactional(Transactional.TxType.NEVER)
    public List<String> refresh() {
        List<String> moved = new ArrayList<>();
        for (ModelCard held : cards.heldCards()) {
            if (cards.reread(held.repoId()) instanceof ModelCardLookup.Found found) {
                ModelCardChange change = new ModelCardChange(held, found.card());
                if (change.moved()) {
                    QuarkusTransaction.requiringNew().run(() -> announce(change));
                    cards.replace(found.card());
                    moved.add(held.repoId());
                }
            }
        }
        LOG.infof("model cards re-read: %d moved at the source %s", moved.size(), moved);
        return moved;
    }

    private void announce(ModelCardChange change) {
        String repoId = change.after().repoId();
        String before = "card " + change.before().sha();
        String after = "card " + change.after().sha();
        store.announce(KIND, repoId, before, after, platform.serviceName(), Touched.models(List.of(repoId)));
        recorder.record(null, DecisionRecord.Step.KNOWLEDGE_CHANGE, platform.serviceName(),
                "MODEL CARD MOVED " + repoId + ": " + String.join("; ", change.differences()),
                List.of("MODEL_CARD_MOVED", "MODEL:" + repoId), Map.of("before", change.before(), "after", change.after()),
                before + " -> " + after);
    }
}
