package io.modelintake.platform.logging;

import java.util.UUID;
import org.jboss.logging.MDC;

/**
 * The ids every log line written while a request or an event is worked on carries in the MDC (fields of the JSON
 * log in production): which model request it concerns ({@value #REQUEST_ID}) and which CloudEvent is being handled
 * ({@value #EVENT_ID}). A scope puts them and, when closed, restores what was there before.
 */
public final class LogContext implements AutoCloseable {

    public static final String REQUEST_ID = "requestId";
    public static final String EVENT_ID = "eventId";

    private final Object previousRequestId;
    private final Object previousEventId;

    private LogContext(String requestId, String eventId) {
        this.previousRequestId = MDC.get(REQUEST_ID);
        this.previousEventId = MDC.get(EVENT_ID);
        put(REQUEST_ID, requestId);
        put(EVENT_ID, eventId);
    }

    /** While an event is handled: its CloudEvent id and the request it is keyed by (either may be null). */
    public static LogContext event(String eventId, String requestId) {
        return new LogContext(requestId, eventId);
    }

    /** While a REST call about one request is served; not an event's. */
    public static LogContext request(UUID requestId) {
        return new LogContext(requestId.toString(), null);
    }

    @Override
    public void close() {
        put(REQUEST_ID, previousRequestId);
        put(EVENT_ID, previousEventId);
    }

    private static void put(String key, Object value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
