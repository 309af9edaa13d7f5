package io.modelintake.platform.input;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * Refuses a NUL character in the fields of a posted HTML form (a justification, conditions, a new request), as
 * {@link StorableTextModule} does for JSON bodies. Server side only: what a REST client reads is not input.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public class StorableFormFields implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        if (body instanceof MultivaluedMap<?, ?> form
                && MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(context.getMediaType())) {
            StorableParameters.refuseNul(form, "form");
        }
        return body;
    }
}
