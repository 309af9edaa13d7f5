package io.modelintake.license.service;

import io.modelintake.contracts.DecisionRecord;
import io.modelintake.contracts.Findings;
import io.modelintake.contracts.ModelRequest;
import io.modelintake.contracts.events.LicenseResolved;
import io.modelintake.contracts.events.RequestRegistered;
import io.modelintake.contracts.events.Topics;
import io.modelintake.license.evaluation.LicenseEvaluation;
import io.modelintake.license.evaluation.LicenseEvaluator;
import io.modelintake.license.evaluation.ModelCards;
import io.modelintake.license.knowledge.KnowledgeSnapshot;
import io.modelintake.platform.audit.DecisionRecorder;
import io.modelintake.platform.messaging.PlatformConfig;
import io.modelintake.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;

/** Resolves the licences of a registered request and hands the request on to the dataset-registry. */
@ApplicationScoped
public class LicenseResolution {

    private final LicenseEvaluator evaluator;
    private final ModelCards cards;
    private final LicenseKnowledgeService knowledge;
    private final Outbox outbox;
    private final DecisionRecorder recorder;
    private final PlatformConfig platform;

    public LicenseResolution(LicenseEvaluator evaluator, ModelCards cards, LicenseKnowledgeService knowledge,
            Outbox outbox, DecisionRecorder recorder, PlatformConfig platform) {
        this.evaluator = evaluator;
        this.cards = cards;
        this.knowledge = knowledge;
        this.outbox = outbox;
        this.recorder = recorder;
        this.platform = platform;
    }

    /** The dry run: what the findings would be, without a request. */
    public Evaluated evaluate(ModelRequest request) {
        KnowledgeSnapshot snapshot = knowledge.current();
        return new Evaluated(evaluator.evaluate(request, cards, snapshot), snapshot.version());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void resolve(RequestRegistered event) {
        ModelRequest request = event.request();
        Evaluated evaluated = evaluate(request);
        LicenseEvaluation evaluation = evaluated.evaluation();
        outbox.publish(Topics.LICENSE_RESOLVED, Topics.TYPE_LICENSE_RESOLVED, request.id(),
                new LicenseResolved(request, evaluation.lineage(), evaluation.findings(), evaluated.knowledgeVersion()));
        recorder.record(request.id(), DecisionRecord.Step.LICENSE_RESOLUTION, platform.serviceName(),
                "RESOLVED " + evaluation.lineage().licenseExpression() + ": " + Findings.summary(evaluation.findings()),
                Findings.reasons(evaluation.findings()),
                Map.of("request", request, "lineage", evaluation.lineage(), "findings", evaluation.findings()),
                evaluated.knowledgeVersion());
    }

    /** An evaluation with the version of the knowledge it rests on. */
    public record Evaluated(LicenseEvaluation evaluation, String knowledgeVersion) {
    }
}
