package io.modelintake.dataset.service;

import io.modelintake.contracts.DecisionRecord;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.Findings;
import io.modelintake.contracts.KnowledgeSimulation;
import io.modelintake.contracts.events.DatasetsAssessed;
import io.modelintake.contracts.events.LicenseResolved;
import io.modelintake.contracts.events.Topics;
import io.modelintake.dataset.assessment.DatasetAssessor;
import io.modelintake.dataset.knowledge.DatasetSnapshot;
import io.modelintake.platform.audit.DecisionRecorder;
import io.modelintake.platform.knowledge.KnowledgeService;
import io.modelintake.platform.messaging.PlatformConfig;
import io.modelintake.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Assesses the training data of a request whose licences are resolved and hands it on to approval. */
@ApplicationScoped
public class DatasetAssessment {

    private final DatasetAssessor assessor = new DatasetAssessor();
    private final DatasetKnowledgeService knowledge;
    private final Outbox outbox;
    private final DecisionRecorder recorder;
    private final PlatformConfig platform;

    public DatasetAssessment(DatasetKnowledgeService knowledge, Outbox outbox, DecisionRecorder recorder,
            PlatformConfig platform) {
        this.knowledge = knowledge;
        this.outbox = outbox;
        this.recorder = recorder;
        this.platform = platform;
    }

    /**
     * The dry run of candidate knowledge: each request's lineage assessed with the knowledge in use and with the
     * candidate. The lineage is the one license-service resolved before; nothing is asked or stored.
     */
    public KnowledgeSimulation.Answer simulate(List<KnowledgeService.Candidate<?>> candidates,
            List<KnowledgeSimulation.Assessed> requests) {
        KnowledgeService.Simulated<DatasetSnapshot> simulated = knowledge.simulate(candidates);
        return new KnowledgeSimulation.Answer(simulated.current().version(), simulated.candidate().version(),
                requests.stream().map(assessed -> new KnowledgeSimulation.Result(assessed.request().id(),
                        assessor.assess(assessed.request(), assessed.lineage(), simulated.current()),
                        assessor.assess(assessed.request(), assessed.lineage(), simulated.candidate()))).toList());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void assess(LicenseResolved event) {
        DatasetSnapshot snapshot = knowledge.current();
        List<Finding> findings = assessor.assess(event.request(), event.lineage(), snapshot);
        outbox.publish(Topics.DATASETS_ASSESSED, Topics.TYPE_DATASETS_ASSESSED, event.request().id(),
                new DatasetsAssessed(event.request(), event.lineage(), event.findings(), findings,
                        event.licenseKnowledgeVersion(), snapshot.version(), event.reevaluation()));
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("request", event.request());
        inputs.put("lineage", event.lineage());
        inputs.put("findings", findings);
        if (event.reevaluation() != null) {
            inputs.put("reevaluation", event.reevaluation());
        }
        recorder.record(event.request().id(), DecisionRecord.Step.DATASET_ASSESSMENT, platform.serviceName(),
                (event.reevaluation() == null ? "ASSESSED " : "RE-ASSESSED ") + event.lineage().datasets().size()
                        + " datasets: " + Findings.summary(findings),
                Findings.reasons(findings), inputs, snapshot.version());
    }
}
