package io.modelintake.platform.input;

import io.modelintake.platform.problem.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a NUL character in the path and the query parameters of every request, before a filter value or an id
 * reaches a query. The offending parameter is named, as a JSON field would be.
 */
public class StorableParameters {

    @ServerRequestFilter
    public void refuseNul(ContainerRequestContext request) {
        if (StorableText.holdsNul(request.getUriInfo().getPath())) {
            throw ProblemException.invalid("path", StorableText.NUL_REFUSED);
        }
        refuseNul(request.getUriInfo().getQueryParameters(), "query");
    }

    /** Throws a validation problem naming the first parameter of {@code parameters} that holds a NUL. */
    static void refuseNul(MultivaluedMap<?, ?> parameters, String where) {
        parameters.forEach((name, values) -> {
            if (StorableText.holdsNul(String.valueOf(name))) {
                throw ProblemException.invalid(where, StorableText.NUL_REFUSED);
            }
            if (values.stream().anyMatch(value -> value instanceof CharSequence text && StorableText.holdsNul(text))) {
                throw ProblemException.invalid(String.valueOf(name), StorableText.NUL_REFUSED);
            }
        });
    }
}
