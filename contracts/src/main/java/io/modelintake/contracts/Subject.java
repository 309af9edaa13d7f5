package io.modelintake.contracts;

import java.util.List;

/**
 * What a finding is about. {@code path} names how the subject was reached from the requested model,
 * e.g. {@code ["my/fine-tune", "CompVis/stable-diffusion-v1-4", "CreativeML-OpenRAIL-M"]}.
 */
public record Subject(SubjectKind kind, String id, List<String> path) {

    public Subject {
        path = path == null ? List.of() : List.copyOf(path);
    }

    public static Subject of(SubjectKind kind, String id) {
        return new Subject(kind, id, List.of());
    }
}
