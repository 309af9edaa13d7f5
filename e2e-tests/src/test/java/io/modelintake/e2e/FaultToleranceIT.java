package io.modelintake.e2e;

import static io.modelintake.e2e.RunningSystem.APPROVAL;
import static io.modelintake.e2e.RunningSystem.INTAKE;

import io.modelintake.testsupport.KafkaProcess;
import io.modelintake.testsupport.LoadDriver;
import io.modelintake.testsupport.LoadRun;
import io.modelintake.testsupport.ModelIntakeApi;
import io.modelintake.testsupport.ServiceProcess;
import io.modelintake.testsupport.TrailCheck;
import io.modelintake.testsupport.TrailReport;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: requests arrive at a steady rate while each packaged service and then the Kafka broker are killed with
 * SIGKILL and started again, one at a time (each back and ready before the next kill). Afterwards nothing may be
 * lost: every accepted request reaches AWAITING_APPROVAL, none FAILED, each has one PENDING approval task and exactly
 * one decision record of each step before approval in the ledger, and the chain verifies.
 *
 * <p>A system of its own (services on 18181-18184, a broker as its own process, database {@code faulttolerance}),
 * so the shared system of the other tests and a local one on 8081-8084 are left alone. The requests arrive until
 * the last restart is ready, at most {@code -Dfault.requests} accepted ones (default 3,000: a minute at 50/s, about
 * the time the five kills and restarts take on two cores; later kills then hit the backlog still in flight).
 * {@code -Dfault.rate} (requests/s, default 50) and {@code -Dfault.settle-seconds} (how long the pipeline may take
 * to settle the backlog after the last request, default 180) tune it.
 */
class FaultToleranceIT {

    private static final int PORT_BASE = 18180;
    private static final int RATE = Integer.getInteger("fault.rate", 50);
    private static final Duration SETTLE = Duration.ofSeconds(Long.getLong("fault.settle-seconds", 180));
    private static final int MAX_REQUESTS = Integer.getInteger("fault.requests", 3000);
    private static final Duration LEAD = Duration.ofSeconds(5);
    private static final Duration BETWEEN_KILLS = Duration.ofSeconds(3);
    private static final int SHOWN = 20;
    /** Generous: a restart on two busy cores takes a minute or more, and a late one is no finding of this test. */
    private static final Duration READY = Duration.ofMinutes(5);

    @Test
    void killingEachServiceAndTheBrokerUnderSteadyLoadLosesNothing() {
        Path logs = Path.of(System.getProperty("modelintake.e2e.out", "target")).resolve("e2e-logs")
                .resolve("ports-" + PORT_BASE);
        try (KafkaProcess kafka = KafkaProcess.start(logs);
                RunningSystem system = RunningSystem.start(PORT_BASE, kafka.bootstrapServers(), "faulttolerance")) {
            ModelIntakeApi api = new ModelIntakeApi(system.url(INTAKE), system.url(APPROVAL), system.tokens());
            LoadDriver driver = new LoadDriver(api, "alice", "fault-test");
            LoadRun warmUp = driver.warmUp(3);
            if (!warmUp.settledElsewhere().isEmpty() || !warmUp.stuck().isEmpty()) {
                throw new IllegalStateException("the healthy system does not bring the sample requests to AWAITING_APPROVAL: "
                        + warmUp.settledElsewhere() + " " + warmUp.stuck() + "; see " + logs);
            }

            Instant since = Instant.now().minusSeconds(1);
            AtomicBoolean faultsDone = new AtomicBoolean();
            AtomicReference<RuntimeException> faultFailure = new AtomicReference<>();
            CompletableFuture<Void> faults = CompletableFuture.runAsync(() -> {
                try {
                    killEachInTurn(system, kafka);
                } catch (RuntimeException e) {
                    faultFailure.set(e);
                } finally {
                    faultsDone.set(true);
                }
            });
            LoadRun fed = driver.paced(RATE, MAX_REQUESTS, faultsDone::get, Duration.ofSeconds(1), SETTLE);
            faults.join();
            // Judged only once every fault is over: the pipeline gets its settle time after the last restart too.
            LoadRun run = driver.settle(fed, SETTLE);
            log("fed " + (run.accepted().size() + run.httpErrorCount()) + " requests at " + RATE + "/s: "
                    + run.accepted().size() + " accepted, POSTs refused or unanswered by status " + run.httpErrors()
                    + "; settled " + run.settledAt().size() + ", FAILED " + run.failed().size() + ", stuck "
                    + run.stuck().size() + ", elsewhere " + run.settledElsewhere().size());

            TrailReport trail = new TrailCheck(api, "carol", "bob").check(run.inStatus("AWAITING_APPROVAL").keySet(), since,
                    Duration.ofSeconds(60));
            log(trail.describe(SHOWN));

            SoftAssertions softly = new SoftAssertions();
            if (faultFailure.get() != null) {
                softly.fail("the kills and restarts did not complete: " + faultFailure.get().getMessage());
            }
            softly.assertThat(run.accepted()).as("accepted requests").isNotEmpty();
            softly.assertThat(run.failed()).as("FAILED requests, with their reason%s", first(run.failed())).isEmpty();
            softly.assertThat(run.stuck()).as("requests that never reached AWAITING_APPROVAL, with the status last seen%s",
                    first(run.stuck())).isEmpty();
            softly.assertThat(run.settledElsewhere()).as("requests settled in another status than AWAITING_APPROVAL%s",
                    first(run.settledElsewhere())).isEmpty();
            softly.assertThat(trail.missingRecords()).as("decision records missing from the ledger (%s by step)%s",
                    trail.missingByStep(), first(trail.missingRecords())).isEmpty();
            softly.assertThat(trail.doubledRecords()).as("decision records in the ledger twice").isEmpty();
            softly.assertThat(trail.doubledTasks()).as("approval tasks listed twice").isEmpty();
            softly.assertThat(trail.withoutTask()).as("requests at AWAITING_APPROVAL without a PENDING approval task")
                    .isEmpty();
            softly.assertThat(trail.ledgerIntact()).as("the ledger verifies: %s", trail.verification()).isTrue();
            softly.assertAll();
        }
    }

    /** Each service in turn, then the broker: kill -9, start again, wait until it (and the system) is ready. */
    private static void killEachInTurn(RunningSystem system, KafkaProcess kafka) {
        pause(LEAD);
        for (String name : RunningSystem.SERVICES) {
            ServiceProcess service = system.service(name);
            service.kill();
            log("killed " + name + " (SIGKILL)");
            service.restart();
            service.awaitReady(READY);
            log(name + " is ready again");
            pause(BETWEEN_KILLS);
        }
        kafka.kill();
        log("killed the Kafka broker (SIGKILL)");
        pause(BETWEEN_KILLS);
        kafka.restart();
        log("the Kafka broker is ready again");
        RunningSystem.SERVICES.forEach(name -> system.service(name).awaitReady(READY));
        log("all services are ready again");
        pause(LEAD);
    }

    private static String first(Map<?, ?> defects) {
        return defects.isEmpty() ? "" : "; the first " + Math.min(SHOWN, defects.size()) + " of " + defects.size() + ": "
                + defects.entrySet().stream().limit(SHOWN).map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(", "));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void log(String message) {
        System.out.println("[FaultToleranceIT " + Instant.now() + "] " + message);
    }
}
