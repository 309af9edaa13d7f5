package io.modelintake.approval.overview;

import io.modelintake.contracts.DecisionRecord.Step;
import io.modelintake.contracts.RequestStatus;
import io.modelintake.contracts.RiskTier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turns approval tasks and ledger records into the overview's series (issue 15), all bucketed in UTC. Re-reviews,
 * expiries and overdue conditions are read from the ledger by step and decision only, so they need no table of
 * their own: the decisions below are the ones approval-service records for those steps.
 */
public final class OverviewCalculator {

    /** A re-evaluation that opened a re-review carries this reason (the outcome got worse on an approved request). */
    static final String OPENS_REVIEW = "ACTION:OPEN_REVIEW";
    static final String EXPIRY_REVIEW_OPENED = "EXPIRY_REVIEW_OPENED";
    static final String EXPIRED = "EXPIRED";
    static final String CONDITION_OVERDUE = "CONDITION_OVERDUE";
    static final String CONDITION_MET = "CONDITION_MET";
    /** The reason that names which condition of a request a follow-up record is about. */
    static final String CONDITION_PREFIX = "CONDITION:";

    /** The lead-time histogram's bins: upper bounds in hours, the last bin open-ended. */
    static final List<Double> LEAD_BIN_HOURS = List.of(1.0, 4.0, 24.0, 72.0, 168.0, 336.0);
    static final List<String> LEAD_BIN_LABELS = List.of("< 1 h", "1–4 h", "4–24 h", "1–3 d", "3–7 d", "1–2 wk", "≥ 2 wk");

    private static final Map<Step, RequestStatus> PIPELINE = Map.of(
            Step.REGISTRATION, RequestStatus.SUBMITTED,
            Step.LICENSE_RESOLUTION, RequestStatus.LICENSE_RESOLVED,
            Step.DATASET_ASSESSMENT, RequestStatus.DATASETS_ASSESSED,
            Step.FAILURE, RequestStatus.FAILED);

    private OverviewCalculator() {
    }

    public static Overview calculate(List<TaskFact> tasks, List<LedgerFact> ledger, OverviewRange range, Instant now) {
        Buckets buckets = range.buckets(now);
        List<LedgerFact> ordered = ledger.stream().sorted(Comparator.comparing(LedgerFact::at)).toList();
        List<Chart> charts = new ArrayList<>();
        Map<UUID, Request> requests = requests(tasks, ordered);
        charts.add(byStatus(requests.values(), buckets, range));
        charts.add(byTier(tasks, buckets, range));
        List<Double> leadTimes = new ArrayList<>();
        charts.add(leadTime(tasks, buckets, range, leadTimes));
        charts.add(leadTimeHistogram(leadTimes));
        Chart reReviews = reReviews(ordered, buckets, range);
        charts.add(reReviews);
        int[] overdue = new int[1];
        charts.add(overdueConditions(ordered, buckets, range, now, overdue));
        int submitted = (int) requests.values().stream().filter(r -> buckets.indexOf(r.submittedAt) >= 0).count();
        int reReviewCount = (int) reReviews.series().stream()
                .filter(s -> !s.name().equals("Expired")).mapToDouble(Series::total).sum();
        return new Overview(range, charts, submitted, leadTimes.size(), percentile(leadTimes, 50), reReviewCount, overdue[0]);
    }

    /** A request as the overview counts it: when it was submitted and where it stands now. */
    private record Request(Instant submittedAt, RequestStatus status) {
    }

    /**
     * Every request the data knows: those with an approval task stand where the task (or a later re-review or
     * expiry in the ledger) puts them; those without one where their last pipeline step left them.
     */
    private static Map<UUID, Request> requests(List<TaskFact> tasks, List<LedgerFact> ordered) {
        Map<UUID, Request> requests = new HashMap<>();
        Map<UUID, RequestStatus> afterDecision = new HashMap<>();
        for (LedgerFact fact : ordered) {
            if (fact.requestId() == null) {
                continue;
            }
            if (fact.step() == Step.APPROVAL) {
                afterDecision.remove(fact.requestId());
            } else if (opensReview(fact)) {
                afterDecision.put(fact.requestId(), RequestStatus.UNDER_REVIEW);
            } else if (fact.step() == Step.EXPIRY && EXPIRED.equals(fact.decision())) {
                afterDecision.put(fact.requestId(), RequestStatus.EXPIRED);
            } else if (PIPELINE.containsKey(fact.step())) {
                Request before = requests.get(fact.requestId());
                Instant submittedAt = before == null ? fact.at() : before.submittedAt;
                requests.put(fact.requestId(), new Request(submittedAt, PIPELINE.get(fact.step())));
            }
        }
        for (TaskFact task : tasks) {
            requests.put(task.requestId(), new Request(task.submittedAt(),
                    afterDecision.getOrDefault(task.requestId(), task.status())));
        }
        return requests;
    }

    private static boolean opensReview(LedgerFact fact) {
        return fact.step() == Step.REEVALUATION && fact.reasons().contains(OPENS_REVIEW)
                || fact.step() == Step.EXPIRY && EXPIRY_REVIEW_OPENED.equals(fact.decision());
    }

    private static Chart byStatus(Iterable<Request> requests, Buckets buckets, OverviewRange range) {
        Map<RequestStatus, int[]> counts = new EnumMap<>(RequestStatus.class);
        for (Request request : requests) {
            int index = buckets.indexOf(request.submittedAt);
            if (index >= 0) {
                counts.computeIfAbsent(request.status, s -> new int[buckets.size()])[index]++;
            }
        }
        List<Series> series = new ArrayList<>();
        counts.forEach((status, values) -> series.add(Series.counts(label(status), values)));
        return new Chart("chart-status", "Requests submitted per " + range.bucketName() + ", by current status",
                Chart.Kind.STACKED_BARS, range.bucketName() + " submitted (UTC)", "requests", buckets.labels(), series);
    }

    private static Chart byTier(List<TaskFact> tasks, Buckets buckets, OverviewRange range) {
        Map<RiskTier, int[]> counts = new EnumMap<>(RiskTier.class);
        for (RiskTier tier : RiskTier.values()) {
            counts.put(tier, new int[buckets.size()]);
        }
        for (TaskFact task : tasks) {
            int index = buckets.indexOf(task.openedAt());
            if (index >= 0) {
                counts.get(task.tier())[index]++;
            }
        }
        List<Series> series = new ArrayList<>();
        counts.forEach((tier, values) -> series.add(Series.counts(tier.name(), values)));
        return new Chart("chart-tier", "Approval tasks opened per " + range.bucketName() + ", by risk tier",
                Chart.Kind.STACKED_BARS, range.bucketName() + " opened (UTC)", "tasks", buckets.labels(), series);
    }

    /** Median and p90 of the hours from a task's opening to an officer's decision, by the bucket of the decision. */
    private static Chart leadTime(List<TaskFact> tasks, Buckets buckets, OverviewRange range, List<Double> all) {
        List<List<Double>> perBucket = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            perBucket.add(new ArrayList<>());
        }
        for (TaskFact task : tasks) {
            int index = buckets.indexOf(task.decidedAt());
            if (index >= 0) {
                double hours = Math.max(0, Duration.between(task.openedAt(), task.decidedAt()).toSeconds()) / 3600.0;
                perBucket.get(index).add(hours);
                all.add(hours);
            }
        }
        List<Double> medians = new ArrayList<>();
        List<Double> p90s = new ArrayList<>();
        for (List<Double> hours : perBucket) {
            medians.add(percentile(hours, 50));
            p90s.add(percentile(hours, 90));
        }
        return new Chart("chart-lead-time", "Decision lead time per " + range.bucketName() + " (task opened → officer decided)",
                Chart.Kind.LINES, range.bucketName() + " decided (UTC)", "hours", buckets.labels(),
                List.of(new Series("Median", medians), new Series("90th percentile", p90s)));
    }

    private static Chart leadTimeHistogram(List<Double> hours) {
        int[] counts = new int[LEAD_BIN_LABELS.size()];
        for (double h : hours) {
            int bin = 0;
            while (bin < LEAD_BIN_HOURS.size() && h >= LEAD_BIN_HOURS.get(bin)) {
                bin++;
            }
            counts[bin]++;
        }
        return new Chart("chart-lead-histogram", "Decisions by lead time", Chart.Kind.STACKED_BARS, "lead time",
                "decisions", LEAD_BIN_LABELS, List.of(Series.counts("Decisions", counts)));
    }

    private static Chart reReviews(List<LedgerFact> ordered, Buckets buckets, OverviewRange range) {
        int[] worse = new int[buckets.size()];
        int[] expiring = new int[buckets.size()];
        int[] expired = new int[buckets.size()];
        for (LedgerFact fact : ordered) {
            int index = buckets.indexOf(fact.at());
            if (index < 0) {
                continue;
            }
            if (fact.step() == Step.REEVALUATION && fact.reasons().contains(OPENS_REVIEW)) {
                worse[index]++;
            } else if (fact.step() == Step.EXPIRY && EXPIRY_REVIEW_OPENED.equals(fact.decision())) {
                expiring[index]++;
            } else if (fact.step() == Step.EXPIRY && EXPIRED.equals(fact.decision())) {
                expired[index]++;
            }
        }
        return new Chart("chart-re-reviews", "Re-reviews opened per " + range.bucketName(), Chart.Kind.STACKED_BARS,
                range.bucketName() + " (UTC)", "requests", buckets.labels(), List.of(
                        Series.counts("Re-evaluation got worse", worse),
                        Series.counts("Approval about to expire", expiring),
                        Series.counts("Expired", expired)));
    }

    /**
     * How many conditions were overdue at the end of each bucket (the last one: now): a condition falls overdue
     * with an overdue record and stops being overdue when a record says it was met.
     */
    private static Chart overdueConditions(List<LedgerFact> ordered, Buckets buckets, OverviewRange range, Instant now,
            int[] current) {
        List<Double> values = new ArrayList<>();
        Set<String> overdue = new HashSet<>();
        int next = 0;
        List<LedgerFact> followUps = ordered.stream().filter(f -> f.step() == Step.CONDITION_FOLLOW_UP).toList();
        for (int i = 0; i < buckets.size(); i++) {
            boolean last = i == buckets.size() - 1;
            Instant end = last ? now : buckets.starts().get(i + 1);
            while (next < followUps.size() && (followUps.get(next).at().isBefore(end)
                    || last && !followUps.get(next).at().isAfter(now))) {
                apply(followUps.get(next++), overdue);
            }
            values.add((double) overdue.size());
        }
        current[0] = overdue.size();
        return new Chart("chart-overdue", "Conditions overdue", Chart.Kind.LINES, "end of " + range.bucketName() + " (UTC)",
                "conditions", buckets.labels(), List.of(new Series("Overdue", values)));
    }

    private static void apply(LedgerFact fact, Set<String> overdue) {
        String condition = fact.requestId() + " " + fact.reasons().stream()
                .filter(r -> r.startsWith(CONDITION_PREFIX)).findFirst().orElse("");
        if (CONDITION_OVERDUE.equals(fact.decision())) {
            overdue.add(condition);
        } else if (CONDITION_MET.equals(fact.decision())) {
            overdue.remove(condition);
        }
    }

    /** The nearest-rank percentile, or null for no values. */
    static Double percentile(List<Double> values, int percent) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return round(sorted.get(Math.max(rank, 1) - 1));
    }

    private static double round(double hours) {
        return Math.round(hours * 10) / 10.0;
    }

    private static String label(RequestStatus status) {
        String words = status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
