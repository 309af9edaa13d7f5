package io.modelintake.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.modelintake.contracts.DecisionRecord.Step;

/**
 * Checks what the system kept of the requests a load run got to AWAITING_APPROVAL: in the ledger export, exactly one
 * decision record of each step taken before AWAITING_APPROVAL (intake-service records REGISTRATION,
 * license-service LICENSE_RESOLUTION, dataset-registry DATASET_ASSESSMENT, approval-service RISK_TIERING when it
 * opens the task); one PENDING approval task each in the officers' queue; and a chain that verifies.
 * The records travel over Kafka to the ledger after the request's status changed, so a record still missing is
 * read again until {@code patience} is over.
 */
public final class TrailCheck {

    /** The steps recorded for every request on its way to AWAITING_APPROVAL. */
    public static final List<Step> STEPS_BEFORE_APPROVAL = List.of(Step.REGISTRATION, Step.LICENSE_RESOLUTION,
            Step.DATASET_ASSESSMENT, Step.RISK_TIERING);
    private static final Duration READ_AGAIN = Duration.ofSeconds(5);

    private final ModelIntakeApi api;
    private final String auditor;
    private final String officer;

    public TrailCheck(ModelIntakeApi api, String auditor, String officer) {
        this.api = api;
        this.auditor = auditor;
        this.officer = officer;
    }

    /**
     * @param awaitingApproval the requests to check
     * @param since a moment before the first of them was submitted: the export is read from there on
     */
    public TrailReport check(Collection<UUID> awaitingApproval, Instant since, Duration patience) {
        Set<UUID> expected = Set.copyOf(awaitingApproval);
        Instant deadline = Instant.now().plus(patience);
        Map<UUID, Map<Step, Integer>> counts = recordCounts(expected, since);
        while (anyMissing(expected, counts) && Instant.now().isBefore(deadline)) {
            Await.pause(READ_AGAIN);
            counts = recordCounts(expected, since);
        }
        Map<UUID, List<Step>> missing = new TreeMap<>();
        Map<UUID, List<Step>> doubled = new TreeMap<>();
        for (UUID id : expected) {
            Map<Step, Integer> steps = counts.getOrDefault(id, Map.of());
            List<Step> absent = STEPS_BEFORE_APPROVAL.stream().filter(step -> !steps.containsKey(step)).toList();
            List<Step> twice = steps.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
            if (!absent.isEmpty()) {
                missing.put(id, absent);
            }
            if (!twice.isEmpty()) {
                doubled.put(id, twice);
            }
        }
        Map<UUID, Integer> tasks = pendingTasks(expected);
        Map<UUID, Integer> doubledTasks = new TreeMap<>();
        List<UUID> withoutTask = new ArrayList<>();
        for (UUID id : expected) {
            int count = tasks.getOrDefault(id, 0);
            if (count == 0) {
                withoutTask.add(id);
            } else if (count > 1) {
                doubledTasks.put(id, count);
            }
        }
        JsonNode verification = api.verifyLedger(auditor);
        return new TrailReport(expected.size(), missing, doubled, doubledTasks, withoutTask.stream().sorted().toList(),
                verification.path("intact").asBoolean(false), verification.toString());
    }

    private Map<UUID, Map<Step, Integer>> recordCounts(Set<UUID> expected, Instant since) {
        Map<UUID, Map<Step, Integer>> counts = new HashMap<>();
        api.decisionRecords(auditor, since, entry -> {
            JsonNode record = entry.path("record");
            if (!record.path("requestId").isTextual()) {
                return; // a knowledge change belongs to no request
            }
            UUID requestId = UUID.fromString(record.path("requestId").asText());
            if (expected.contains(requestId)) {
                counts.computeIfAbsent(requestId, id -> new EnumMap<>(Step.class))
                        .merge(Step.valueOf(record.path("step").asText()), 1, Integer::sum);
            }
        });
        return counts;
    }

    private static boolean anyMissing(Set<UUID> expected, Map<UUID, Map<Step, Integer>> counts) {
        return expected.stream().anyMatch(id -> !counts.getOrDefault(id, Map.of()).keySet().containsAll(STEPS_BEFORE_APPROVAL));
    }

    private Map<UUID, Integer> pendingTasks(Set<UUID> expected) {
        Map<UUID, Integer> tasks = new HashMap<>();
        api.approvals(officer, "PENDING", task -> {
            UUID requestId = UUID.fromString(task.path("requestId").asText());
            if (expected.contains(requestId)) {
                tasks.merge(requestId, 1, Integer::sum);
            }
        });
        return tasks;
    }
}
