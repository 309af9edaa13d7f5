package io.modelintake.approval.ui;

import io.modelintake.contracts.Finding;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.Subject;
import io.modelintake.contracts.SubjectKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings about one subject (a licence, the model, a base model, a dataset, a data source, a
 * jurisdiction), most severe first, as the request page shows them.
 *
 * @param path how the subject was reached from the requested model (that of its first finding)
 */
public record FindingGroup(SubjectKind kind, String id, List<String> path, Severity worst, List<Finding> findings) {

    private static final Comparator<Finding> MOST_SEVERE_FIRST =
            Comparator.comparing(Finding::severity, Comparator.nullsFirst(Comparator.<Severity>naturalOrder())).reversed();

    public FindingGroup {
        path = List.copyOf(path);
        findings = List.copyOf(findings);
    }

    /**
     * Groups by subject kind and id. Groups come most severe first, then in the order their subjects first
     * appear (licence findings before dataset findings, as the services produced them).
     */
    public static List<FindingGroup> group(List<Finding> findings) {
        Map<String, List<Finding>> bySubject = new LinkedHashMap<>();
        for (Finding finding : findings) {
            bySubject.computeIfAbsent(key(finding.subject()), k -> new ArrayList<>()).add(finding);
        }
        List<FindingGroup> groups = new ArrayList<>();
        for (List<Finding> same : bySubject.values()) {
            List<Finding> sorted = same.stream().sorted(MOST_SEVERE_FIRST).toList();
            Subject subject = sorted.get(0).subject();
            groups.add(new FindingGroup(subject == null ? null : subject.kind(), subject == null ? "" : subject.id(),
                    subject == null ? List.of() : subject.path(), sorted.get(0).severity(), sorted));
        }
        // A stable sort keeps the order of first appearance among groups of equal severity.
        groups.sort(Comparator.comparing(FindingGroup::worst, Comparator.nullsFirst(Comparator.<Severity>naturalOrder())).reversed());
        return List.copyOf(groups);
    }

    /** The kind as API.md writes it ({@code base-model}), or {@code other} for a finding without subject. */
    public String kindLabel() {
        return kind == null ? "other" : kind.json();
    }

    /** The path from the requested model, when the subject was reached through others. */
    public boolean hasPath() {
        return path.size() > 1;
    }

    private static String key(Subject subject) {
        return subject == null ? "" : subject.kind() + "\u0000" + subject.id();
    }
}
