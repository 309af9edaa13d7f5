package io.modelintake.testsupport;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import io.modelintake.testsupport.ModelIntakeApi.RequestState;

/**
 * What one phase of a {@link LoadDriver} saw: every accepted request with the time of its POST and, once the
 * pipeline was done with it, the time and state it was seen settled in; the refused or unanswered POSTs by HTTP
 * status (0: no answer).
 *
 * @param submittedAt nanoTime of each accepted request's POST
 * @param settledAt nanoTime at which each settled request was first seen settled
 * @param lastSeen the last state seen of every accepted request (settled or not; absent if never read)
 * @param httpErrors refused or unanswered POSTs, by HTTP status
 */
public record LoadRun(Map<UUID, Long> submittedAt, Map<UUID, Long> settledAt, Map<UUID, RequestState> lastSeen,
        Map<Integer, Integer> httpErrors) {

    /** Where the pipeline is done with a request: waiting for an officer, decided, or failed. */
    public static final Set<String> SETTLED = Set.of("AWAITING_APPROVAL", "APPROVED", "APPROVED_WITH_CONDITIONS",
            "REJECTED", "FAILED");

    public Set<UUID> accepted() {
        return submittedAt.keySet();
    }

    /** Accepted requests the pipeline never settled within the run's time, with the status last seen. */
    public Map<UUID, String> stuck() {
        return submittedAt.keySet().stream().filter(id -> !settledAt.containsKey(id))
                .collect(Collectors.toMap(id -> id, id -> lastSeen.containsKey(id) ? lastSeen.get(id).status() : "never read",
                        (a, b) -> a, TreeMap::new));
    }

    /** FAILED requests with their reason. */
    public Map<UUID, String> failed() {
        return inStatus("FAILED");
    }

    /** Settled requests in {@code status}, with their reason. */
    public Map<UUID, String> inStatus(String status) {
        return settledAt.keySet().stream().filter(id -> status.equals(lastSeen.get(id).status()))
                .collect(Collectors.toMap(id -> id, id -> String.valueOf(lastSeen.get(id).reason()), (a, b) -> a, TreeMap::new));
    }

    /** Settled requests that did not reach AWAITING_APPROVAL, with the status they reached instead. */
    public Map<UUID, String> settledElsewhere() {
        return settledAt.keySet().stream().filter(id -> !"AWAITING_APPROVAL".equals(lastSeen.get(id).status()))
                .collect(Collectors.toMap(id -> id, id -> lastSeen.get(id).status(), (a, b) -> a, TreeMap::new));
    }

    public int httpErrorCount() {
        return httpErrors.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Settled requests per second, from the first POST to the last request seen settled. */
    public double throughput() {
        if (settledAt.isEmpty()) {
            return 0;
        }
        long first = submittedAt.values().stream().mapToLong(Long::longValue).min().orElseThrow();
        long last = settledAt.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        return settledAt.size() * 1e9 / Math.max(1, last - first);
    }

    /** The {@code fraction} percentile (0.5, 0.99, 1.0) of POST → settled in milliseconds; -1 when none settled. */
    public long latencyMillis(double fraction) {
        long[] sorted = settledAt.entrySet().stream()
                .mapToLong(e -> (e.getValue() - submittedAt.get(e.getKey())) / 1_000_000).sorted().toArray();
        if (sorted.length == 0) {
            return -1;
        }
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1))];
    }
}
