package io.modelintake.bench;

import io.modelintake.testsupport.LoadDriver;
import io.modelintake.testsupport.LoadRun;
import io.modelintake.testsupport.ModelIntakeApi;
import io.modelintake.testsupport.Tokens;
import io.modelintake.testsupport.TrailCheck;
import io.modelintake.testsupport.TrailReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Not a test: drives the local system started by {@code deploy/start.sh} through its REST API with real tokens
 * (engineer alice submits, auditor carol reads the ledger, officer bob the queue) and prints one JSON line.
 *
 * <ol>
 *   <li>a warm-up of {@code bench.warmup} requests, one at a time;</li>
 *   <li>{@code bench.idle} requests at one a second on the otherwise idle system: p50 and max of POST →
 *       AWAITING_APPROVAL, polled every 10 ms;</li>
 *   <li>a burst of {@code bench.requests} from {@code bench.concurrency} submitters: throughput from POST to
 *       AWAITING_APPROVAL;</li>
 *   <li>a paced phase at {@code bench.rate} requests/s for {@code bench.seconds}: p50/p95/p99/max of POST →
 *       AWAITING_APPROVAL;</li>
 *   <li>the trail of every request that reached AWAITING_APPROVAL: one decision record per step before approval,
 *       none doubled, one PENDING task each, and {@code GET /api/audit/verify}.</li>
 * </ol>
 *
 * <p>{@code ./mvnw -Pbench -pl bench -am package -DskipTests -Dbench.requests=5000 -Dbench.concurrency=16
 * -Dbench.rate=50 -Dbench.seconds=20} ({@code -Dbench.intake=…}, {@code -Dbench.approval=…} for other URLs).
 */
public final class PipelineBenchmark {

    private PipelineBenchmark() {
    }

    public static void main(String[] args) {
        int requests = Integer.getInteger("bench.requests", 5000);
        int concurrency = Integer.getInteger("bench.concurrency", 16);
        int rate = Integer.getInteger("bench.rate", 50);
        int seconds = Integer.getInteger("bench.seconds", 20);
        int warmUp = Integer.getInteger("bench.warmup", 50);
        int idleRequests = Integer.getInteger("bench.idle", 20);
        String intake = System.getProperty("bench.intake", "http://127.0.0.1:8081");
        String approval = System.getProperty("bench.approval", "http://127.0.0.1:8084");

        ModelIntakeApi api = new ModelIntakeApi(intake, approval, Tokens.ofTestRealm());
        LoadDriver driver = new LoadDriver(api, "alice", "bench " + Instant.now());
        Instant since = Instant.now().minusSeconds(1);
        driver.warmUp(warmUp);
        // One request a second on the otherwise idle system, polled every 10 ms: what an engineer waits for.
        LoadRun idle = driver.paced(1, idleRequests, () -> false, Duration.ofMillis(10), Duration.ofSeconds(120));
        // Long enough for a system at 5 requests/s to finish, so that a slow one is measured, not cut off.
        LoadRun burst = driver.burst(requests, concurrency, Duration.ofSeconds(Math.max(120, requests / 5)));
        LoadRun paced = driver.paced(rate, rate * seconds, () -> false, Duration.ofMillis(40),
                Duration.ofSeconds(Math.max(120, seconds * 3L)));

        Set<UUID> awaiting = new HashSet<>(burst.inStatus("AWAITING_APPROVAL").keySet());
        awaiting.addAll(paced.inStatus("AWAITING_APPROVAL").keySet());
        TrailReport trail = new TrailCheck(api, "carol", "bob").check(awaiting, since, Duration.ofSeconds(60));

        report("idle", idle);
        report("burst", burst);
        report("paced", paced);
        System.err.println(trail.describe(10));

        ObjectNode line = new ObjectMapper().createObjectNode();
        line.put("idle_p50_ms", idle.latencyMillis(0.50)).put("idle_max_ms", idle.latencyMillis(1.0));
        line.put("requests", requests).put("concurrency", concurrency)
                .put("accepted", burst.accepted().size())
                .put("throughput_req_s", Math.round(burst.throughput() * 10) / 10.0)
                .put("failed", burst.failed().size()).put("stuck", burst.stuck().size())
                .put("http_errors", burst.httpErrorCount())
                .put("rate", rate).put("seconds", seconds)
                .put("paced_accepted", paced.accepted().size())
                .put("p50_ms", paced.latencyMillis(0.50)).put("p95_ms", paced.latencyMillis(0.95))
                .put("p99_ms", paced.latencyMillis(0.99)).put("max_ms", paced.latencyMillis(1.0))
                .put("paced_failed", paced.failed().size()).put("paced_stuck", paced.stuck().size())
                .put("paced_http_errors", paced.httpErrorCount())
                .put("ledger_checked", trail.checked())
                .put("records_missing", trail.missingRecordCount()).put("records_doubled", trail.doubledRecordCount())
                .put("tasks_doubled", trail.doubledTasks().size()).put("without_task", trail.withoutTask().size())
                .put("ledger_intact", trail.ledgerIntact());
        System.out.println(line);
    }

    /** The requests behind the numbers, on stderr, so stdout stays one JSON line. */
    private static void report(String phase, LoadRun run) {
        System.err.println(phase + ": " + run.accepted().size() + " accepted, POSTs refused or unanswered by status "
                + run.httpErrors() + ", FAILED " + run.failed().size() + ", stuck " + run.stuck().size()
                + ", settled elsewhere " + run.settledElsewhere().size());
        run.failed().entrySet().stream().limit(10).forEach(e -> System.err.println("  FAILED " + e.getKey() + ": " + e.getValue()));
        run.stuck().entrySet().stream().limit(10).forEach(e -> System.err.println("  stuck " + e.getKey() + " at " + e.getValue()));
    }
}
