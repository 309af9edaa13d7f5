package io.modelintake.platform.logging;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Puts the id of the model request a REST call is about into the MDC ({@link LogContext#REQUEST_ID}) for the
 * call's log lines: the path parameter {@code requestId}, or an {@code id} that is a UUID (request ids are; licence
 * and dataset ids are not). The MDC lives on the call's Vert.x context, so the worker thread that serves a blocking
 * resource sees it too; the response filter clears it.
 */
public class RequestLogFilter {

    private static final String SCOPE = LogContext.class.getName();

    @ServerRequestFilter
    public void enter(ContainerRequestContext request) {
        requestId(request.getUriInfo().getPathParameters())
                .ifPresent(id -> request.setProperty(SCOPE, LogContext.request(id)));
    }

    @ServerResponseFilter
    public void leave(ContainerRequestContext request) {
        if (request.getProperty(SCOPE) instanceof LogContext scope) {
            scope.close();
        }
    }

    static Optional<UUID> requestId(MultivaluedMap<String, String> pathParameters) {
        String id = pathParameters.getFirst("requestId");
        return uuid(id != null ? id : pathParameters.getFirst("id"));
    }

    private static Optional<UUID> uuid(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
