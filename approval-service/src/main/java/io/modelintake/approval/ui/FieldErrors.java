package io.modelintake.approval.ui;

import io.modelintake.platform.problem.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Messages per form field, named by the API's JSON paths ({@code model.name}, {@code intendedUse.activities}),
 * which are also the form's field names. Element paths ({@code model.baseModels[2]}) belong to their list's field.
 */
public final class FieldErrors {

    private final Map<String, List<String>> messages = new LinkedHashMap<>();

    public static FieldErrors none() {
        return new FieldErrors();
    }

    public static FieldErrors of(List<Problem.Violation> violations) {
        FieldErrors errors = new FieldErrors();
        violations.forEach(violation -> errors.add(violation.field(), violation.message()));
        return errors;
    }

    public FieldErrors add(String field, String message) {
        String name = field == null ? "" : field.replaceAll("\\[\\d+]", "");
        messages.computeIfAbsent(name, k -> new ArrayList<>()).add(message);
        return this;
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    /** The field's messages joined, empty when it has none. */
    public String of(String field) {
        return String.join("; ", messages.getOrDefault(field, List.of()));
    }

    /** Every message as {@code field: message}, for the summary above the form. */
    public List<String> all() {
        List<String> lines = new ArrayList<>();
        messages.forEach((field, list) -> list.forEach(m -> lines.add(field.isEmpty() ? m : field + ": " + m)));
        return lines;
    }
}
