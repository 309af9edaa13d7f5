package io.modelintake.approval.overview;

import io.agroal.api.AgroalDataSource;
import io.modelintake.approval.decision.ApprovalTask;
import io.modelintake.approval.persistence.ApprovalTaskEntity;
import io.modelintake.contracts.DecisionRecord.Step;
import io.modelintake.contracts.RequestStatus;
import io.modelintake.platform.persistence.JsonColumns;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads what the overview of a period needs: the approval tasks opened or changed in it, the ledger records of
 * the pipeline, decision, re-review and expiry steps in it, and every condition follow-up (a condition overdue
 * before the period may still be overdue in it).
 */
@ApplicationScoped
public class OverviewReader {

    private static final List<Step> STEPS_IN_RANGE = List.of(Step.REGISTRATION, Step.LICENSE_RESOLUTION,
            Step.DATASET_ASSESSMENT, Step.FAILURE, Step.APPROVAL, Step.REEVALUATION, Step.EXPIRY);

    private final AgroalDataSource dataSource;
    private final JsonColumns json;
    private final String schema;

    public OverviewReader(AgroalDataSource dataSource, JsonColumns json,
            @ConfigProperty(name = "quarkus.hibernate-orm.database.default-schema") String schema) {
        this.dataSource = dataSource;
        this.json = json;
        this.schema = schema;
    }

    public List<TaskFact> tasks(Instant from) {
        return ApprovalTaskEntity.<ApprovalTaskEntity>list("openedAt >= ?1 or updatedAt >= ?1", from).stream()
                .map(this::fact)
                .toList();
    }

    private TaskFact fact(ApprovalTaskEntity entity) {
        ApprovalTask task = json.read(entity.task, ApprovalTask.class);
        // Only an officer's decision has a lead time; the policy's own rejection is taken the moment the task opens.
        Instant decidedAt = task.officerSignatures().isEmpty() ? null : task.decidedAt().orElse(null);
        return new TaskFact(entity.requestId, entity.riskTier, status(entity.state.name()), entity.submittedAt,
                entity.openedAt, decidedAt);
    }

    /** The request's status a task state stands for: a pending task awaits approval, a final one is its status. */
    static RequestStatus status(String taskState) {
        return "PENDING".equals(taskState) ? RequestStatus.AWAITING_APPROVAL : RequestStatus.valueOf(taskState);
    }

    public List<LedgerFact> ledger(Instant from) {
        String sql = "select request_id, step, decision, reasons, at from " + schema + ".ledger_entry"
                + " where (at >= ? and step = any(?)) or step = ? order by sequence";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setTimestamp(1, Timestamp.from(from));
            select.setArray(2, connection.createArrayOf("varchar", STEPS_IN_RANGE.stream().map(Step::name).toArray()));
            select.setString(3, Step.CONDITION_FOLLOW_UP.name());
            List<LedgerFact> facts = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    // The column joins the reasons with spaces; the reasons the overview looks for hold none.
                    String reasons = rows.getString(4);
                    facts.add(new LedgerFact(rows.getObject(1, UUID.class), Step.valueOf(rows.getString(2)),
                            rows.getString(3), reasons.isBlank() ? List.of() : Arrays.asList(reasons.split(" ")),
                            rows.getTimestamp(5).toInstant()));
                }
            }
            return facts;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the ledger for the overview failed", e);
        }
    }
}
