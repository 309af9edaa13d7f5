package io.modelintake.approval.service;

import io.modelintake.approval.decision.ApprovalTask;
import io.modelintake.approval.decision.TaskState;
import io.modelintake.approval.persistence.ApprovalTaskEntity;
import io.modelintake.approval.policy.RiskAssessment;
import io.modelintake.approval.review.ReevaluationResult;
import io.modelintake.approval.rest.ApprovalSummary;
import io.modelintake.approval.rest.ApprovalView;
import io.modelintake.contracts.RiskTier;
import io.modelintake.contracts.events.DatasetsAssessed;
import io.modelintake.platform.persistence.JsonColumns;
import io.modelintake.platform.problem.ProblemException;
import io.modelintake.platform.rest.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Reads approval tasks for the API and the UI. */
@ApplicationScoped
public class ApprovalQueries {

    private final JsonColumns json;
    private final LicenseAcceptances acceptances;

    public ApprovalQueries(JsonColumns json, LicenseAcceptances acceptances) {
        this.json = json;
        this.acceptances = acceptances;
    }

    public ApprovalView view(UUID requestId) {
        return find(requestId).orElseThrow(() -> ProblemException.notFound("no approval task for request " + requestId));
    }

    public Optional<ApprovalView> find(UUID requestId) {
        return ApprovalTaskEntity.<ApprovalTaskEntity>findByIdOptional(requestId).map(this::view);
    }

    public Page<ApprovalSummary> list(TaskState state, RiskTier tier, String modelContains, int page, int size) {
        return list(state, tier, modelContains, null, page, size);
    }

    /** As {@link #list(TaskState, RiskTier, String, int, int)}; {@code review} true lists only re-reviews, false only first decisions. */
    public Page<ApprovalSummary> list(TaskState state, RiskTier tier, String modelContains, Boolean review, int page,
            int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (review != null) {
            query.append(review ? " and reviewKind is not null" : " and reviewKind is null");
        }
        if (state != null) {
            query.append(" and state = :state");
            parameters.and("state", state);
        }
        if (tier != null) {
            query.append(" and riskTier = :tier");
            parameters.and("tier", tier);
        }
        if (modelContains != null && !modelContains.isBlank()) {
            query.append(" and (lower(modelName) like :model or lower(modelId) like :model)");
            parameters.and("model", "%" + modelContains.toLowerCase() + "%");
        }
        var found = ApprovalTaskEntity.<ApprovalTaskEntity>find(query.toString(), Sort.ascending("openedAt"), parameters);
        return new Page<>(found.page(page, size).list().stream().map(this::summary).toList(), page, size, found.count());
    }

    private ApprovalView view(ApprovalTaskEntity entity) {
        DatasetsAssessed assessed = json.read(entity.assessed, DatasetsAssessed.class);
        ApprovalView.Previous previous = entity.previousAssessed == null ? null : ApprovalView.Previous.of(
                json.read(entity.previousAssessed, DatasetsAssessed.class),
                json.read(entity.previousAssessment, RiskAssessment.class));
        ReevaluationResult reevaluation = entity.reevaluation == null ? null
                : json.read(entity.reevaluation, ReevaluationResult.class);
        return ApprovalView.of(task(entity), json.read(entity.assessment, RiskAssessment.class), assessed,
                acceptances.missing(assessed), previous, reevaluation);
    }

    private ApprovalSummary summary(ApprovalTaskEntity entity) {
        ApprovalTask task = task(entity);
        return new ApprovalSummary(entity.requestId, entity.modelName, entity.modelId, entity.requester, entity.riskTier,
                entity.state, entity.openedAt, task.approvers(), task.awaitsSecondApproval(), task.isExceptionOpen(),
                entity.reviewKind, entity.reviewOpenedAt);
    }

    private ApprovalTask task(ApprovalTaskEntity entity) {
        return json.read(entity.task, ApprovalTask.class);
    }
}
