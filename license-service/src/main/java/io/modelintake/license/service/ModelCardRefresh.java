package io.modelintake.license.service;

import io.modelintake.contracts.DecisionRecord;
import io.modelintake.license.client.ModelCardCache;
import io.modelintake.license.client.SourceClients;
import io.modelintake.license.evaluation.CivitaiModel;
import io.modelintake.license.evaluation.CivitaiModelChange;
import io.modelintake.license.evaluation.ModelCard;
import io.modelintake.license.evaluation.ModelCardChange;
import io.modelintake.license.evaluation.ModelCardLookup;
import io.modelintake.license.evaluation.SourceLookup;
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
 * Reads the model cards that requests rest on (those the card cache holds) again from the Hub, and the CivitAI models
 * (those the CivitAI cache holds) from CivitAI. When a card's licence or base models, or a CivitAI model's permission
 * flags or base model, moved at the source, the cache takes the new answer and a {@code KnowledgeChanged} of kind
 * {@code model-card} names the model as requests' lineages do (the Hub repo id, or the CivitAI reference such as
 * {@code civitai:4201@501240}), so that intake-service re-evaluates the requests resting on it; the change is a
 * decision record too. The sources are read with no transaction open; each change commits on its own.
 */
@ApplicationScoped
public class ModelCardRefresh {

    private static final Logger LOG = Logger.getLogger(ModelCardRefresh.class);
    static final String KIND = "model-card";

    private final ModelCardCache cards;
    private final SourceClients sources;
    private final KnowledgeStore store;
    private final DecisionRecorder recorder;
    private final PlatformConfig platform;

    public ModelCardRefresh(ModelCardCache cards, SourceClients sources, KnowledgeStore store, DecisionRecorder recorder,
            PlatformConfig platform) {
        this.cards = cards;
        this.sources = sources;
        this.store = store;
        this.recorder = recorder;
        this.platform = platform;
    }

    @Scheduled(every = "${license.card-refresh.every:6h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        refresh();
    }

    /**
     * One pass over the held cards and CivitAI models; answers the models (Hub repo ids, CivitAI references) that moved.
     * An unreachable source changes nothing.
     */
    @Transactional(Transactional.TxType.NEVER)
    public List<String> refresh() {
        List<String> moved = new ArrayList<>();
        for (ModelCard held : cards.heldCards()) {
            if (cards.reread(held.repoId()) instanceof ModelCardLookup.Found found) {
                ModelCardChange change = new ModelCardChange(held, found.card());
                if (change.moved()) {
                    announce(held.repoId(), "card " + held.sha(), "card " + found.card().sha(), change.differences(),
                            held, found.card());
                    cards.replace(found.card());
                    moved.add(held.repoId());
                }
            }
        }
        sources.heldCivitaiModels().forEach((ref, held) -> {
            if (sources.rereadCivitai(ref) instanceof SourceLookup.Found found && found.facts() instanceof CivitaiModel now) {
                CivitaiModelChange change = new CivitaiModelChange(held, now);
                if (change.moved()) {
                    announce(ref.id(), "civitai " + CivitaiModelChange.fingerprint(held),
                            "civitai " + CivitaiModelChange.fingerprint(now), change.differences(), held, now);
                    sources.replaceCivitai(found);
                    moved.add(ref.id());
                }
            }
        });
        LOG.infof("model cards re-read: %d moved at the source %s", moved.size(), moved);
        return moved;
    }

    /** The change of model {@code id} (as lineages name it), announced and recorded in one transaction. */
    private void announce(String id, String before, String after, List<String> differences, Object factsBefore,
            Object factsAfter) {
        QuarkusTransaction.requiringNew().run(() -> {
            store.announce(KIND, id, before, after, platform.serviceName(), Touched.models(List.of(id)));
            recorder.record(null, DecisionRecord.Step.KNOWLEDGE_CHANGE, platform.serviceName(),
                    "MODEL CARD MOVED " + id + ": " + String.join("; ", differences),
                    List.of("MODEL_CARD_MOVED", "MODEL:" + id), Map.of("before", factsBefore, "after", factsAfter),
                    before + " -> " + after);
        });
    }
}
