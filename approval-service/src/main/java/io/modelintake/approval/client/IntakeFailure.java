package io.modelintake.approval.client;

import io.modelintake.platform.problem.Problem;
import java.util.List;

/** intake-service refused or could not answer: its status, its problem's detail and field violations. */
public class IntakeFailure extends RuntimeException {

    private final int status;
    private final List<Problem.Violation> violations;

    public IntakeFailure(int status, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.status = status;
        this.violations = List.copyOf(violations);
    }

    static IntakeFailure of(int status, Problem problem) {
        if (problem == null) {
            return new IntakeFailure(status, "intake-service answered " + status + ".", List.of());
        }
        String detail = problem.detail() != null ? problem.detail() : problem.title();
        return new IntakeFailure(status, detail, problem.violations() == null ? List.of() : problem.violations());
    }

    public int status() {
        return status;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
