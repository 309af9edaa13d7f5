package io.modelintake.approval.service;

import io.modelintake.approval.bom.BomInput;
import io.modelintake.approval.bom.Lineages;
import io.modelintake.approval.bom.MlBomBuilder;
import io.modelintake.approval.bom.SpdxBuilder;
import io.modelintake.approval.bom.SpdxInput;
import io.modelintake.approval.client.LicenseTexts;
import io.modelintake.approval.client.SpdxKnowledge;
import io.modelintake.approval.decision.ApprovalTask;
import io.modelintake.approval.persistence.ApprovalTaskEntity;
import io.modelintake.contracts.Roles;
import io.modelintake.contracts.events.DatasetsAssessed;
import io.modelintake.platform.persistence.JsonColumns;
import io.modelintake.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The documents an auditor takes away for a request: the CycloneDX 1.6 ML-BOM and the SPDX 3.0.1 AI/Dataset BOM.
 * Officers and auditors read every request's, engineers only their own.
 */
@ApplicationScoped
public class RequestDocuments {

    private final MlBomBuilder cycloneDx = new MlBomBuilder();
    private final SpdxBuilder spdx = new SpdxBuilder();
    private final JsonColumns json;
    private final LicenseTexts texts;
    private final SpdxKnowledge knowledge;
    private final Clock clock;

    public RequestDocuments(JsonColumns json, LicenseTexts texts, SpdxKnowledge knowledge, Clock clock) {
        this.json = json;
        this.knowledge = knowledge;
        this.texts = texts;
        this.clock = clock;
    }

    public String cycloneDx(UUID id, String user, Set<String> roles) {
        return cycloneDx.build(bomInput(load(id, user, roles)));
    }

    /** {@code bearer} is the caller's own Authorization header value, for the licence texts. */
    public String spdx(UUID id, String user, Set<String> roles, String bearer) {
        ApprovalTaskEntity entity = load(id, user, roles);
        DatasetsAssessed assessed = json.read(entity.assessed, DatasetsAssessed.class);
        BomInput bom = bomInput(entity);
        return spdx.build(new SpdxInput(bom, assessed.datasetFindings(), texts.of(assessed.lineage().licenses(), bearer),
                knowledge.models(Lineages.modelName(bom.request(), bom.lineage()), assessed.lineage(), bearer),
                knowledge.datasets(assessed.lineage(), bearer)));
    }

    private ApprovalTaskEntity load(UUID id, String user, Set<String> roles) {
        ApprovalTaskEntity entity = ApprovalTaskEntity.<ApprovalTaskEntity>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("request " + id + " has not reached approval yet"));
        boolean readsAll = roles.contains(Roles.AUDITOR) || roles.contains(Roles.OFFICER);
        if (!readsAll && !entity.requester.equals(user)) {
            throw ProblemException.forbidden("engineers read only the BOMs of their own requests");
        }
        return entity;
    }

    private BomInput bomInput(ApprovalTaskEntity entity) {
        DatasetsAssessed assessed = json.read(entity.assessed, DatasetsAssessed.class);
        ApprovalTask task = json.read(entity.task, ApprovalTask.class);
        return new BomInput(assessed.request(), assessed.lineage(), Optional.of(task.tier()),
                task.toApprovalDecided(), Instant.now(clock));
    }
}
