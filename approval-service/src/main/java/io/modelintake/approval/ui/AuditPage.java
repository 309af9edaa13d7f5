package io.modelintake.approval.ui;

import io.modelintake.approval.audit.LedgerExport;
import io.modelintake.approval.audit.LedgerQuery;
import io.modelintake.approval.ledger.VerificationResult;
import io.modelintake.approval.rest.ApprovalSummary;
import io.modelintake.approval.service.ApprovalQueries;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;

/**
 * The auditors' view (compliance officers see it too): every request read-only, searched by period, model and
 * requester; the ledger's exports for the same search, streamed from {@link LedgerExport} (the browser session
 * cannot call the bearer-token API); and whether the ledger's hash chain is intact.
 */
@Path("/ui/audit")
public class AuditPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(Viewer viewer, AuditFilter filter, List<ApprovalSummary> tasks,
                VerificationResult verification);
    }

    private final ApprovalQueries queries;
    private final LedgerExport export;
    private final Session session;
    private final UiConfig config;

    public AuditPage(ApprovalQueries queries, LedgerExport export, Session session, UiConfig config) {
        this.queries = queries;
        this.export = export;
        this.session = session;
        this.config = config;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance audit(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("model") String model, @QueryParam("requester") String requester) {
        Viewer viewer = allowed();
        AuditFilter filter = AuditFilter.of(from, to, model, requester);
        List<ApprovalSummary> tasks = queries.list(null, null, filter.model().isEmpty() ? null : filter.model(), 0,
                        config.pageSize())
                .items().stream()
                .filter(filter::covers)
                .toList();
        return Templates.audit(viewer, filter, tasks, export.verify());
    }

    @GET
    @Path("export")
    public Response export(@QueryParam("format") String format, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("model") String model, @QueryParam("requester") String requester) {
        allowed();
        LedgerQuery query = AuditFilter.of(from, to, model, requester).ledgerQuery();
        return switch (format == null ? "" : format) {
            case "ndjson" -> download(out -> export.ndjson(query, out), "application/x-ndjson", "ndjson");
            case "csv" -> download(out -> export.csv(query, out), "text/csv; charset=UTF-8", "csv");
            case "json" -> download(out -> export.jsonArray(query, out), MediaType.APPLICATION_JSON, "json");
            default -> throw new PageException(400, "Unknown format", "format must be ndjson, csv or json");
        };
    }

    private Viewer allowed() {
        Viewer viewer = session.viewer();
        if (!viewer.readsQueue()) {
            throw new PageException(403, "Auditors and officers only",
                    "The audit trail is for auditors and compliance officers.");
        }
        return viewer;
    }

    private static Response download(StreamingOutput body, String type, String extension) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"decision-records." + extension + "\"")
                .build();
    }
}
