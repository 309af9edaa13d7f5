package io.modelintake.license.service;

import io.modelintake.contracts.DecisionRecord;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.Findings;
import io.modelintake.contracts.KnowledgeSimulation;
import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.ModelRequest;
import io.modelintake.contracts.events.LicenseResolved;
import io.modelintake.contracts.events.Reevaluation;
import io.modelintake.contracts.events.ReevaluationRequested;
import io.modelintake.contracts.events.RequestRegistered;
import io.modelintake.contracts.events.Topics;
import io.modelintake.license.euaiact.EuAiActScreen;
import io.modelintake.license.evaluation.LicenseEvaluation;
import io.modelintake.license.evaluation.LicenseEvaluator;
import io.modelintake.license.evaluation.LineageLicenses;
import io.modelintake.license.evaluation.ModelCards;
import io.modelintake.license.evaluation.ModelSources;
import io.modelintake.license.evaluation.ResolvedLineage;
import io.modelintake.license.evaluation.SourceLookup;
import io.modelintake.license.knowledge.KnowledgeSnapshot;
import io.modelintake.license.rest.LicenseTextResource;
import io.modelintake.platform.audit.DecisionRecorder;
import io.modelintake.platform.knowledge.KnowledgeService;
import io.modelintake.platform.knowledge.KnowledgeTexts;
import io.modelintake.platform.messaging.PlatformConfig;
import io.modelintake.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Resolves the licences of a registered request and hands the request on to the dataset-registry, in two steps so
 * that no Hub, CivitAI or GitHub call happens inside a database transaction: {@link #prepare} reads the model cards
 * and the model's source (I/O, no
 * transaction), {@link #resolve} evaluates with them and writes the outcome (in the consumer's transaction, no I/O
 * but the database). The EU AI Act screen runs on the lineage the evaluation resolved; its findings travel with the
 * licence findings.
 */
@ApplicationScoped
public class LicenseResolution {

    private final LicenseEvaluator evaluator;
    private final EuAiActScreen screen;
    private final ModelCards cards;
    private final ModelSources sources;
    private final LicenseKnowledgeService knowledge;
    private final Outbox outbox;
    private final DecisionRecorder recorder;
    private final PlatformConfig platform;
    private final LineageLicenses lineageLicenses = new LineageLicenses();
    private final KnowledgeTexts texts = new KnowledgeTexts(LicenseResolution.class.getClassLoader(),
            LicenseTextResource.TEXTS);

    public LicenseResolution(LicenseEvaluator evaluator, EuAiActScreen screen, ModelCards cards, ModelSources sources,
            LicenseKnowledgeService knowledge, Outbox outbox, DecisionRecorder recorder, PlatformConfig platform) {
        this.evaluator = evaluator;
        this.screen = screen;
        this.cards = cards;
        this.sources = sources;
        this.knowledge = knowledge;
        this.outbox = outbox;
        this.recorder = recorder;
        this.platform = platform;
    }

    /** The dry run: what the findings would be, without a request. */
    public Evaluated evaluate(ModelRequest request) {
        KnowledgeSnapshot snapshot = knowledge.current();
        return new Evaluated(evaluate(request, cards, askSource(request), snapshot), snapshot.version());
    }

    /**
     * Step one, before the transaction: the current knowledge snapshot and every model card the evaluation of this
     * request will read, from the Hub (through its cache), and what the model's source (CivitAI, GitHub) says of it.
     * An unreachable source is an answer here, not an error.
     */
    @Transactional(Transactional.TxType.NEVER)
    public PreparedResolution prepare(RequestRegistered event) {
        return prepare(event.request(), null);
    }

    /** A re-evaluation is prepared as a first resolution is, with the knowledge and the model cards as they are now. */
    @Transactional(Transactional.TxType.NEVER)
    public PreparedResolution prepare(ReevaluationRequested event) {
        return prepare(event.request(), event.reevaluation());
    }

    private PreparedResolution prepare(ModelRequest request, Reevaluation reevaluation) {
        KnowledgeSnapshot snapshot = knowledge.current();
        SourceLookup source = askSource(request);
        return new PreparedResolution(request, reevaluation, snapshot,
                evaluator.gatherCards(request, cards, source, snapshot), source);
    }

    /**
     * Step two, in the consumer's transaction: evaluate with the gathered cards, publish the outcome, record it. A
     * re-evaluation's outcome carries the {@link Reevaluation} on, so that the next steps know it for one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resolve(PreparedResolution prepared) {
        ModelRequest request = prepared.request();
        KnowledgeSnapshot snapshot = prepared.snapshot();
        LicenseEvaluation evaluation = evaluate(request, prepared.cards(), prepared.source(), snapshot);
        Lineage lineage = evaluation.lineage().withLicenses(lineageLicenses.describe(evaluation.lineage(), snapshot,
                id -> texts.find(id).map(text -> text.source().sha256())));
        outbox.publish(Topics.LICENSE_RESOLVED, Topics.TYPE_LICENSE_RESOLVED, request.id(),
                new LicenseResolved(request, lineage, evaluation.findings(), snapshot.version(), prepared.reevaluation()));
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("request", request);
        inputs.put("lineage", lineage);
        inputs.put("findings", evaluation.findings());
        inputs.put("euAiActRules", screen.rulesVersion());
        if (prepared.reevaluation() != null) {
            inputs.put("reevaluation", prepared.reevaluation());
        }
        recorder.record(request.id(), DecisionRecord.Step.LICENSE_RESOLUTION, platform.serviceName(),
                (prepared.reevaluation() == null ? "RESOLVED " : "RE-RESOLVED ") + evaluation.lineage().licenseExpression()
                        + ": " + Findings.summary(evaluation.findings()),
                Findings.reasons(evaluation.findings()), inputs,
                snapshot.version() + "; EU AI Act rules " + screen.rulesVersion());
    }

    /**
     * The dry run of candidate knowledge: each request evaluated from its resolved lineage, with no Hub, CivitAI or
     * GitHub call ({@link ResolvedLineage}), once with the knowledge in use and once with the candidate. Stores nothing.
     */
    public KnowledgeSimulation.Answer simulate(List<KnowledgeService.Candidate<?>> candidates,
            List<KnowledgeSimulation.Assessed> requests) {
        KnowledgeService.Simulated<KnowledgeSnapshot> simulated = knowledge.simulate(candidates);
        List<KnowledgeSimulation.Result> results = requests.stream().map(assessed -> {
            ResolvedLineage resolved = new ResolvedLineage(assessed.lineage());
            ModelRequest request = resolved.request(assessed.request());
            SourceLookup source = resolved.source(request);
            return new KnowledgeSimulation.Result(request.id(),
                    evaluate(request, resolved, source, simulated.current()).findings(),
                    evaluate(request, resolved, source, simulated.candidate()).findings());
        }).toList();
        return new KnowledgeSimulation.Answer(simulated.current().version(), simulated.candidate().version(), results);
    }

    /** The licence evaluation with the EU AI Act screen's findings on the lineage it resolved. */
    private LicenseEvaluation evaluate(ModelRequest request, ModelCards modelCards, SourceLookup sourceAnswer,
            KnowledgeSnapshot snapshot) {
        LicenseEvaluation licences = evaluator.evaluate(request, modelCards, sourceAnswer, snapshot);
        List<Finding> screened = screen.screen(request, licences.lineage(), snapshot);
        return screened.isEmpty() ? licences : new LicenseEvaluation(licences.lineage(),
                Stream.concat(licences.findings().stream(), screened.stream()).toList());
    }

    /** What the model's source says of it; null when it names none beyond the Hub. */
    private SourceLookup askSource(ModelRequest request) {
        return request.model().sourceReference().map(ref -> ModelSources.lookUp(sources, ref)).orElse(null);
    }

    /** An evaluation with the version of the knowledge it rests on. */
    public record Evaluated(LicenseEvaluation evaluation, String knowledgeVersion) {
    }
}
