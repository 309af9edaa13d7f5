package io.modelintake.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;

class LogContextTests {

    static final UUID REQUEST = UUID.fromString("6f1c2a0e-8d1b-4c5e-9a7f-2b3c4d5e6f70");

    @Test
    void aScopeRestoresWhatTheMdcHeldBefore() {
        try (LogContext call = LogContext.request(REQUEST)) {
            try (LogContext event = LogContext.event("ev-1", "other-request")) {
                assertThat(MDC.get(LogContext.EVENT_ID)).isEqualTo("ev-1");
                assertThat(MDC.get(LogContext.REQUEST_ID)).isEqualTo("other-request");
            }
            assertThat(MDC.get(LogContext.REQUEST_ID)).isEqualTo(REQUEST.toString());
            assertThat(MDC.get(LogContext.EVENT_ID)).isNull();
        }
        assertThat(MDC.get(LogContext.REQUEST_ID)).isNull();
    }

    @Test
    void aRestCallIsAboutTheRequestItsPathNames() {
        assertThat(RequestLogFilter.requestId(path(Map.of("requestId", REQUEST.toString())))).contains(REQUEST);
        assertThat(RequestLogFilter.requestId(path(Map.of("id", REQUEST.toString())))).contains(REQUEST);
        assertThat(RequestLogFilter.requestId(path(Map.of("id", "Apache-2.0")))).as("a licence id").isEmpty();
        assertThat(RequestLogFilter.requestId(path(Map.of()))).isEqualTo(Optional.empty());
    }

    private static MultivaluedHashMap<String, String> path(Map<String, String> parameters) {
        MultivaluedHashMap<String, String> path = new MultivaluedHashMap<>();
        parameters.forEach(path::add);
        return path;
    }
}
