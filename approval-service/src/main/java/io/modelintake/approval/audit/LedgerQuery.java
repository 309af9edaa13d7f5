package io.modelintake.approval.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which ledger entries an export covers: a period, a request, a model (name or repo id, as the approval task
 * knows it) or a requester. Knowledge changes belong to no request and are only in unfiltered-by-request exports.
 */
public record LedgerQuery(Optional<Instant> from, Optional<Instant> to, Optional<UUID> requestId,
        Optional<String> model, Optional<String> requester) {

    /** The SQL condition and its parameters, in order; values are bound, never concatenated. */
    Where where(String schema) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        from.ifPresent(f -> {
            conditions.add("l.at >= ?");
            parameters.add(java.sql.Timestamp.from(f));
        });
        to.ifPresent(t -> {
            conditions.add("l.at < ?");
            parameters.add(java.sql.Timestamp.from(t));
        });
        requestId.ifPresent(id -> {
            conditions.add("l.request_id = ?");
            parameters.add(id);
        });
        model.ifPresent(m -> {
            conditions.add("l.request_id in (select t.request_id from " + schema + ".approval_task t"
                    + " where lower(t.model_name) like ? or lower(t.model_id) like ?)");
            parameters.add("%" + m.toLowerCase() + "%");
            parameters.add("%" + m.toLowerCase() + "%");
        });
        requester.ifPresent(r -> {
            conditions.add("l.request_id in (select t.request_id from " + schema + ".approval_task t where t.requester = ?)");
            parameters.add(r);
        });
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), parameters);
    }

    record Where(String sql, List<Object> parameters) {
    }
}
