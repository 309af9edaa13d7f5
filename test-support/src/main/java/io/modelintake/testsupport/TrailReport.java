package io.modelintake.testsupport;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.modelintake.contracts.DecisionRecord.Step;

/**
 * What {@link TrailCheck} found.
 *
 * @param checked how many requests were checked
 * @param missingRecords requests lacking a decision record, with the steps they lack
 * @param doubledRecords requests with a step recorded more than once, with those steps
 * @param doubledTasks requests listed more than once in the officers' PENDING queue, with how often
 * @param withoutTask requests at AWAITING_APPROVAL that have no PENDING approval task
 * @param ledgerIntact what {@code GET /api/audit/verify} said
 * @param verification its whole answer
 */
public record TrailReport(int checked, Map<UUID, List<Step>> missingRecords, Map<UUID, List<Step>> doubledRecords,
        Map<UUID, Integer> doubledTasks, List<UUID> withoutTask, boolean ledgerIntact, String verification) {

    public int missingRecordCount() {
        return missingRecords.values().stream().mapToInt(List::size).sum();
    }

    public int doubledRecordCount() {
        return doubledRecords.values().stream().mapToInt(List::size).sum();
    }

    /** Missing records counted per step, e.g. {@code {LICENSE_RESOLUTION=45, REGISTRATION=9}}. */
    public Map<Step, Long> missingByStep() {
        return missingRecords.values().stream().flatMap(List::stream)
                .collect(Collectors.groupingBy(step -> step, java.util.TreeMap::new, Collectors.counting()));
    }

    public boolean clean() {
        return missingRecords.isEmpty() && doubledRecords.isEmpty() && doubledTasks.isEmpty() && withoutTask.isEmpty()
                && ledgerIntact;
    }

    /** A readable account naming up to {@code limit} requests of each kind of defect. */
    public String describe(int limit) {
        return "checked " + checked + " requests: " + missingRecordCount() + " decision records missing " + missingByStep()
                + ", " + doubledRecordCount() + " doubled, " + doubledTasks.size() + " approval tasks doubled, "
                + withoutTask.size() + " requests without a PENDING task, ledger " + verification
                + sample("missing records", missingRecords, limit) + sample("doubled records", doubledRecords, limit)
                + sample("doubled tasks", doubledTasks, limit)
                + (withoutTask.isEmpty() ? "" : "\n  without a task: " + withoutTask.stream().limit(limit).toList());
    }

    private static String sample(String what, Map<UUID, ?> defects, int limit) {
        if (defects.isEmpty()) {
            return "";
        }
        return "\n  " + what + ": " + defects.entrySet().stream().limit(limit)
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))
                + (defects.size() > limit ? " … (" + defects.size() + " in all)" : "");
    }
}
