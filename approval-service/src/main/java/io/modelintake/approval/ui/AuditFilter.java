package io.modelintake.approval.ui;

import io.modelintake.approval.audit.LedgerQuery;
import io.modelintake.approval.rest.ApprovalSummary;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The auditor's search: a period of whole days in UTC ({@code to} included), a model (name or repo id, part of
 * it) and a requester. The same search selects the tasks listed and the ledger entries exported.
 */
public record AuditFilter(String from, String to, String model, String requester) {

    public AuditFilter {
        from = trimmed(from);
        to = trimmed(to);
        model = trimmed(model);
        requester = trimmed(requester);
    }

    /** Refuses a date the browser's date field would not send. */
    public static AuditFilter of(String from, String to, String model, String requester) {
        AuditFilter filter = new AuditFilter(from, to, model, requester);
        filter.start();
        filter.end();
        return filter;
    }

    public Optional<Instant> start() {
        return day("from", from).map(day -> day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** The end is exclusive: the start of the day after {@code to}. */
    public Optional<Instant> end() {
        return day("to", to).map(day -> day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    public LedgerQuery ledgerQuery() {
        return new LedgerQuery(start(), end(), Optional.empty(), Optional.of(model).filter(m -> !m.isEmpty()),
                Optional.of(requester).filter(r -> !r.isEmpty()));
    }

    /** Whether a task belongs to the search: opened in the period, by the requester, of the model. */
    public boolean covers(ApprovalSummary task) {
        Instant opened = task.openedAt();
        boolean inPeriod = start().map(s -> opened != null && !opened.isBefore(s)).orElse(true)
                && end().map(e -> opened != null && opened.isBefore(e)).orElse(true);
        boolean byRequester = requester.isEmpty() || requester.equals(task.requester());
        String needle = model.toLowerCase(Locale.ROOT);
        boolean ofModel = model.isEmpty() || contains(task.modelName(), needle) || contains(task.modelId(), needle);
        return inPeriod && byRequester && ofModel;
    }

    /** The export link's query for a format: {@code format=csv&from=2026-11-01&model=llama}. */
    public String exportQuery(String format) {
        List<String> parameters = new ArrayList<>(List.of("format=" + encode(format)));
        add(parameters, "from", from);
        add(parameters, "to", to);
        add(parameters, "model", model);
        add(parameters, "requester", requester);
        return String.join("&", parameters);
    }

    public boolean isEmpty() {
        return from.isEmpty() && to.isEmpty() && model.isEmpty() && requester.isEmpty();
    }

    private static Optional<LocalDate> day(String name, String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw new PageException(400, "Invalid date", name + " must be a date such as 2026-11-26");
        }
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }

    private static void add(List<String> parameters, String name, String value) {
        if (!value.isEmpty()) {
            parameters.add(name + "=" + encode(value));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}
