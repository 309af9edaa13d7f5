package io.modelintake.platform.problem;

import java.util.List;

/** A failure the caller can act on: thrown by a use case, answered as problem+json with its status. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.Violation> violations;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    private ProblemException(int status, String title, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.status = status;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not found", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad request", detail);
    }

    /** A validation error found outside Bean Validation (a query or form parameter), naming the offending field. */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, ProblemMapper.INVALID_TITLE, field + ": " + message,
                List.of(new Problem.Violation(field, message)));
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The offending fields of a validation error; empty otherwise. */
    public List<Problem.Violation> violations() {
        return violations;
    }
}
