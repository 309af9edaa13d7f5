package io.modelintake.intake.mapping;

import com.fasterxml.jackson.core.type.TypeReference;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.IntendedUse;
import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.ModelSpec;
import io.modelintake.contracts.RequestSummary;
import io.modelintake.contracts.RequestView;
import io.modelintake.contracts.events.ApprovalDecided;
import io.modelintake.intake.persistence.ModelRequestEntity;
import io.modelintake.platform.persistence.JsonColumns;
import io.modelintake.intake.persistence.TimelineEntryEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class RequestMapping {

    static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() { };
    static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final JsonColumns json;

    public RequestMapping(JsonColumns json) {
        this.json = json;
    }

    public RequestView view(ModelRequestEntity entity, List<TimelineEntryEntity> timeline) {
        List<Finding> findings = new ArrayList<>(json.read(entity.licenseFindings, FINDINGS));
        findings.addAll(json.read(entity.datasetFindings, FINDINGS));
        findings.addAll(json.read(entity.approvalFindings, FINDINGS));
        return new RequestView(entity.id, entity.requester, entity.submittedAt, entity.status, entity.statusReason,
                entity.riskTier, json.read(entity.firedRules, STRINGS),
                json.read(entity.model, ModelSpec.class), json.read(entity.lineage, Lineage.class),
                json.read(entity.intendedUse, IntendedUse.class), findings,
                json.read(entity.decision, ApprovalDecided.class),
                timeline.stream().map(t -> new RequestView.TimelineStep(t.step, t.at, t.actor, t.decision)).toList());
    }

    public RequestSummary summary(ModelRequestEntity entity) {
        return new RequestSummary(entity.id, entity.modelName, entity.requester, entity.submittedAt, entity.updatedAt,
                entity.status, entity.riskTier);
    }
}
