package io.modelintake.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.modelintake.platform.input.UnstorableTextException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error of every service as RFC 9457 problem+json: a clear 4xx, never a stack trace. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String TYPE_BASE = "https://model-intake.example/problems/";
    static final String INVALID_TITLE = "The request is not valid";

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return invalid(violations, uri);
    }

    /** A text PostgreSQL cannot store, anywhere in a JSON body: a validation error on that field, not a 500 later. */
    @ServerExceptionMapper
    public Response unstorable(UnstorableTextException e, UriInfo uri) {
        return invalid(List.of(new Problem.Violation(jsonPath(e), e.getOriginalMessage())), uri);
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        if (!e.violations().isEmpty()) {
            return invalid(e.violations(), uri);
        }
        return respond(new Problem(TYPE_BASE + slug(e.title()), e.title(), e.status(), e.getMessage(), path(uri), List.of()));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(new Problem(TYPE_BASE + "unauthorized", "Unauthorized", 401,
                        "A valid bearer token of realm model-intake is required.", path(uri), List.of())))
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(TYPE_BASE + "forbidden", "Forbidden", 403,
                "Your roles do not allow this action.", path(uri), List.of()));
    }

    /** Named explicitly: Quarkus REST's own mapper for the more specific MismatchedInputException would win otherwise. */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class, InvalidFormatException.class})
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        List<Problem.Violation> violations = List.of();
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = jsonPath(mismatch);
            String message = e instanceof InvalidFormatException invalid
                    ? "the value " + invalid.getValue() + " is not allowed here"
                    : "has the wrong type";
            violations = List.of(new Problem.Violation(field, message));
        }
        return respond(new Problem(TYPE_BASE + "unreadable-body", "The body is not valid JSON for this endpoint", 400,
                e.getOriginalMessage(), path(uri), violations));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        return respond(new Problem(TYPE_BASE + slug(title), title, status, e.getMessage(), path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("unexpected failure on " + path(uri), e);
        return respond(new Problem(TYPE_BASE + "internal", "Internal error", 500,
                "The service failed unexpectedly; the failure was logged.", path(uri), List.of()));
    }

    /** Every validation error has one type and title, whichever layer found it. */
    private static Response invalid(List<Problem.Violation> violations, UriInfo uri) {
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        return respond(new Problem(TYPE_BASE + "validation", INVALID_TITLE, 400, detail, path(uri), violations));
    }

    /** {@code model.baseModels[1]}: the field as the caller wrote it. */
    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String field(ConstraintViolation<?> violation) {
        // "submit.body.intendedUse.jurisdictions[0].<list element>" → "intendedUse.jurisdictions[0]": drop the
        // method and parameter segments, and the container-element node of a constraint on a list's elements.
        String path = violation.getPropertyPath().toString().replaceAll("\\.<[^>]+>", "");
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : path;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
