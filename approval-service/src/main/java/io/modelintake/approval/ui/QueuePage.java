package io.modelintake.approval.ui;

import io.modelintake.approval.conditions.ConditionFollowUp;
import io.modelintake.approval.decision.TaskState;
import io.modelintake.approval.expiry.ApprovalValidity;
import io.modelintake.approval.rest.ApprovalSummary;
import io.modelintake.approval.service.ApprovalQueries;
import io.modelintake.contracts.RiskTier;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The approval queue of compliance officers, read-only for auditors; engineers land on their own requests. */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
public class QueuePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(Viewer viewer, QueueFilter filter, List<QueueRow> rows,
                List<QueueSection> sections, List<FollowUpRows.Expiring> expiring, List<FollowUpRows.Overdue> overdue);
    }

    private final ApprovalQueries queries;
    private final Session session;
    private final UiConfig config;
    private final Clock clock;
    private final ApprovalValidity validity;
    private final ConditionFollowUp conditions;

    public QueuePage(ApprovalQueries queries, Session session, UiConfig config, Clock clock, ApprovalValidity validity,
            ConditionFollowUp conditions) {
        this.queries = queries;
        this.session = session;
        this.config = config;
        this.clock = clock;
        this.validity = validity;
        this.conditions = conditions;
    }

    @GET
    public Response start() {
        Viewer viewer = session.viewer();
        if (viewer.readsQueue()) {
            return Response.seeOther(URI.create("/ui/queue")).build();
        }
        if (viewer.isEngineer()) {
            return Response.seeOther(URI.create("/ui/my")).build();
        }
        throw new PageException(403, "No access", "Your account has none of the roles ml-engineer, "
                + "compliance-officer or auditor; ask an administrator.");
    }

    @GET
    @Path("queue")
    public TemplateInstance queue(@QueryParam("status") String status, @QueryParam("tier") String tier,
            @QueryParam("model") String model, @QueryParam("actionable") boolean actionable) {
        Viewer viewer = session.viewer();
        if (!viewer.readsQueue()) {
            throw new PageException(403, "Officers and auditors only",
                    "The queue is for compliance officers and auditors; your own requests are under My requests.");
        }
        QueueFilter filter = new QueueFilter(status, tier, model, actionable);
        Instant now = Instant.now(clock);
        List<QueueRow> rows = tasks(filter).stream()
                .map(task -> QueueRow.of(task, viewer, now))
                .filter(row -> !filter.actionable() || row.mayDecide())
                .toList();
        // Re-reviews of decided approvals apart from new requests (issue 15), each with its age; approvals about to
        // expire and conditions overdue.
        return Templates.queue(viewer, filter, rows, QueueSection.of(rows),
                FollowUpRows.Expiring.of(validity.expiring(now, config.pageSize()), now),
                FollowUpRows.Overdue.of(conditions.search(true, null, 0, config.pageSize()).items(), now));
    }

    private List<ApprovalSummary> tasks(QueueFilter filter) {
        RiskTier tier = filter.riskTier().orElse(null);
        if (!filter.isOpenOnly()) {
            return list(filter.state().orElse(null), tier, filter.model());
        }
        List<ApprovalSummary> open = new ArrayList<>(list(TaskState.PENDING, tier, filter.model()));
        // A PROHIBITED task is rejected by policy at once; while its exception path is open, officers may still sign.
        if (tier == null || tier == RiskTier.PROHIBITED) {
            list(TaskState.REJECTED, RiskTier.PROHIBITED, filter.model()).stream()
                    .filter(ApprovalSummary::exceptionOpen)
                    .forEach(open::add);
        }
        open.sort(Comparator.comparing(ApprovalSummary::waitingSince));
        return open;
    }

    private List<ApprovalSummary> list(TaskState state, RiskTier tier, String model) {
        return queries.list(state, tier, Optional.of(model).filter(m -> !m.isEmpty()).orElse(null), 0, config.pageSize())
                .items();
    }
}
