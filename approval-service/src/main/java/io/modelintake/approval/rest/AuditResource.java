package io.modelintake.approval.rest;

import io.modelintake.approval.audit.LedgerDeadLetters;
import io.modelintake.approval.audit.LedgerExport;
import io.modelintake.approval.audit.LedgerQuery;
import io.modelintake.contracts.Roles;
import io.modelintake.platform.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

/**
 * The audit trail for auditors and compliance officers (API.md, Audit): streamed oldest first in the format the
 * {@code Accept} header asks for, and its verification. Read-only: the ledger has no endpoint that changes it.
 */
@Path("/api/audit")
@RolesAllowed({Roles.AUDITOR, Roles.OFFICER})
public class AuditResource {

    public static final String NDJSON = "application/x-ndjson";
    public static final String CSV = "text/csv";

    private final LedgerExport export;
    private final LedgerDeadLetters deadLetters;

    public AuditResource(LedgerExport export, LedgerDeadLetters deadLetters) {
        this.export = export;
        this.deadLetters = deadLetters;
    }

    @GET
    @Path("records")
    @Produces(NDJSON)
    public Response ndjson(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("requestId") UUID requestId, @QueryParam("model") String model,
            @QueryParam("requester") String requester) {
        LedgerQuery query = query(from, to, requestId, model, requester);
        return stream(out -> export.ndjson(query, out), NDJSON, "ndjson");
    }

    @GET
    @Path("records")
    @Produces(CSV)
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("requestId") UUID requestId, @QueryParam("model") String model,
            @QueryParam("requester") String requester) {
        LedgerQuery query = query(from, to, requestId, model, requester);
        return stream(out -> export.csv(query, out), CSV + "; charset=UTF-8", "csv");
    }

    @GET
    @Path("records")
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("requestId") UUID requestId, @QueryParam("model") String model,
            @QueryParam("requester") String requester) {
        LedgerQuery query = query(from, to, requestId, model, requester);
        return stream(out -> export.jsonArray(query, out), MediaType.APPLICATION_JSON, "json");
    }

    @GET
    @Path("verify")
    @Produces(MediaType.APPLICATION_JSON)
    public AuditVerification verify() {
        return AuditVerification.of(export.verify(), deadLetters.unresolved());
    }

    private static Response stream(StreamingOutput body, String type, String extension) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"decision-records." + extension + "\"")
                .build();
    }

    static LedgerQuery query(String from, String to, UUID requestId, String model, String requester) {
        return new LedgerQuery(instant("from", from), instant("to", to), Optional.ofNullable(requestId),
                Optional.ofNullable(model).filter(m -> !m.isBlank()),
                Optional.ofNullable(requester).filter(r -> !r.isBlank()));
    }

    /** An ISO-8601 instant ({@code 2026-11-26T10:00:00Z}) or a date, taken as its start in UTC. */
    private static Optional<Instant> instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value));
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name + " must be an ISO-8601 instant such as 2026-11-26T10:00:00Z or a date such as 2026-11-26");
        }
    }
}
