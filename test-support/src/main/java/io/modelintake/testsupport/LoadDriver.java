package io.modelintake.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import io.modelintake.testsupport.ModelIntakeApi.RequestState;
import io.modelintake.testsupport.ModelIntakeApi.Submission;

/**
 * Submits model requests through the public API as an engineer would, from concurrent submitters, and follows
 * each accepted one until the pipeline settles it (see {@link LoadRun#SETTLED}). The bodies rotate over a few
 * real models of the knowledge bases, so the run does not exercise one cached path:
 * BERT base with Wikipedia and BookCorpus, ResNet-50 with ImageNet-1k, and DreamShaper XL (an SDXL fine-tune).
 * The bench and the fault test both drive the system with this class.
 */
public final class LoadDriver {

    private static final List<String> BODIES = List.of("""
            {"model": {"name": "BERT base %s", "source": "huggingface", "repoId": "google-bert/bert-base-uncased",
                       "license": "apache-2.0", "datasets": ["wikipedia", "bookcorpus"]},
             "intendedUse": {"activities": ["INTERNAL_RESEARCH", "COMMERCIAL_PRODUCT"], "jurisdictions": ["US", "EU"],
                             "expectedMonthlyActiveUsers": 1000, "description": "load run"}}
            """, """
            {"model": {"name": "ResNet-50 %s", "source": "huggingface", "repoId": "microsoft/resnet-50",
                       "license": "apache-2.0", "datasets": ["imagenet-1k"]},
             "intendedUse": {"activities": ["INTERNAL_RESEARCH"], "jurisdictions": ["DE"], "description": "load run"}}
            """, """
            {"model": {"name": "DreamShaper XL %s", "source": "huggingface", "repoId": "Lykon/dreamshaper-xl-1-0",
                       "license": "openrail++", "baseModels": ["stabilityai/stable-diffusion-xl-base-1.0"]},
             "intendedUse": {"activities": ["INTERNAL_RESEARCH"], "jurisdictions": ["US"], "description": "load run"}}
            """);
    private static final int POLLERS = 4;
    /** At full load only every n-th request is followed while submitting, so polling does not eat the capacity measured. */
    private static final int BURST_SAMPLE = 50;

    private final ModelIntakeApi api;
    private final String engineer;
    private final String tag;

    /**
     * @param tag goes into every model name ({@code "BERT base <tag> #17"}), so a run's requests can be told apart
     */
    public LoadDriver(ModelIntakeApi api, String engineer, String tag) {
        this.api = api;
        this.engineer = engineer;
        this.tag = tag;
    }

    /** The body of the {@code i}-th request of this driver. */
    public String body(int i) {
        return BODIES.get(Math.floorMod(i, BODIES.size())).formatted(tag + " #" + i);
    }

    /** Submits {@code count} requests one after the other, each followed until settled (at most a minute each). */
    public LoadRun warmUp(int count) {
        return run(new Plan(count, false, 1, 0, () -> false, Duration.ofMillis(50), Duration.ofMinutes(1)));
    }

    /** {@code requests} as fast as {@code concurrency} submitters go; throughput is what to read from it. */
    public LoadRun burst(int requests, int concurrency, Duration settleTimeout) {
        return run(new Plan(requests, false, concurrency, 0, () -> false, Duration.ofMillis(100), settleTimeout));
    }

    /**
     * {@code ratePerSecond} requests a second until {@code requests} are accepted (refused POSTs, e.g. while
     * intake-service restarts, do not count) or {@code stop} says so, each followed every {@code poll}; latency is
     * what to read from it.
     */
    public LoadRun paced(int ratePerSecond, int requests, BooleanSupplier stop, Duration poll, Duration settleTimeout) {
        return run(new Plan(requests, true, Math.max(4, ratePerSecond / 5), ratePerSecond, stop, poll, settleTimeout));
    }

    /**
     * Follows the requests {@code run} left unsettled (e.g. because the system was still being broken when its
     * settle time ran out) every second until they settle or {@code timeout} is over; returns the run completed.
     */
    public LoadRun settle(LoadRun run, Duration timeout) {
        Map<UUID, Long> settled = new ConcurrentHashMap<>(run.settledAt());
        Map<UUID, RequestState> lastSeen = new ConcurrentHashMap<>(run.lastSeen());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!run.stuck().isEmpty() && System.nanoTime() < deadline) {
            for (UUID id : run.stuck().keySet()) {
                Optional<RequestState> state = api.state(engineer, id);
                state.ifPresent(seen -> lastSeen.put(id, seen));
                if (state.isPresent() && LoadRun.SETTLED.contains(state.get().status())) {
                    settled.put(id, System.nanoTime());
                }
            }
            run = new LoadRun(run.submittedAt(), Map.copyOf(settled), Map.copyOf(lastSeen), run.httpErrors());
            LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
        }
        return run;
    }

    /** @param countAccepted whether {@code requests} counts accepted requests (else every POST) */
    private record Plan(int requests, boolean countAccepted, int concurrency, int rate, BooleanSupplier stop,
            Duration poll, Duration settleTimeout) {

        boolean followsAll() {
            return rate > 0 || concurrency == 1;
        }
    }

    /** A request to read again no earlier than {@code due} (nanoTime). */
    private record Watch(UUID id, long due) {
    }

    private LoadRun run(Plan plan) {
        Map<UUID, Long> submitted = new ConcurrentHashMap<>();
        Map<UUID, Long> settled = new ConcurrentHashMap<>();
        Map<UUID, RequestState> lastSeen = new ConcurrentHashMap<>();
        Map<Integer, Integer> errors = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Watch> open = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<UUID> unfollowed = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean submitting = new AtomicBoolean(true);
        long pollNanos = plan.poll().toNanos();
        long start = System.nanoTime();

        ExecutorService submitters = Executors.newFixedThreadPool(plan.concurrency());
        for (int t = 0; t < plan.concurrency(); t++) {
            submitters.submit(() -> {
                for (int i = next.getAndIncrement(); (plan.countAccepted() ? submitted.size() : i) < plan.requests()
                        && !plan.stop().getAsBoolean(); i = next.getAndIncrement()) {
                    if (plan.rate() > 0) {
                        long wait = start + (long) (i * 1e9 / plan.rate()) - System.nanoTime();
                        if (wait > 0) {
                            LockSupport.parkNanos(wait);
                        }
                    }
                    long postedAt = System.nanoTime();
                    Submission submission = api.submit(engineer, body(i));
                    if (submission.id().isEmpty()) {
                        errors.merge(submission.status(), 1, Integer::sum);
                        continue;
                    }
                    UUID id = submission.id().get();
                    submitted.put(id, postedAt);
                    if (plan.followsAll() || i % BURST_SAMPLE == 0) {
                        open.add(new Watch(id, postedAt + pollNanos));
                    } else {
                        unfollowed.add(id);
                    }
                    if (plan.concurrency() == 1) {
                        awaitSettled(settled, id);
                    }
                }
            });
        }

        ExecutorService pollers = Executors.newFixedThreadPool(POLLERS);
        AtomicBoolean giveUp = new AtomicBoolean();
        for (int t = 0; t < POLLERS; t++) {
            pollers.submit(() -> {
                while (!giveUp.get()) {
                    Watch watch = open.poll();
                    if (watch == null) {
                        if (submitting.get()) {
                            LockSupport.parkNanos(5_000_000);
                            continue;
                        }
                        // Submitting is over: sweep the requests not followed so far, then stop when none is left.
                        boolean swept = false;
                        for (UUID rest = unfollowed.poll(); rest != null; rest = unfollowed.poll()) {
                            open.add(new Watch(rest, 0));
                            swept = true;
                        }
                        if (!swept) {
                            return;
                        }
                        continue;
                    }
                    long now = System.nanoTime();
                    if (watch.due() > now) {
                        open.add(watch);
                        LockSupport.parkNanos(Math.min(watch.due() - now, 5_000_000));
                        continue;
                    }
                    Optional<RequestState> state = api.state(engineer, watch.id());
                    now = System.nanoTime();
                    state.ifPresent(seen -> lastSeen.put(watch.id(), seen));
                    if (state.isPresent() && LoadRun.SETTLED.contains(state.get().status())) {
                        settled.put(watch.id(), now);
                    } else {
                        open.add(new Watch(watch.id(), now + pollNanos));
                    }
                }
            });
        }

        submitters.shutdown();
        await(submitters, Duration.ofHours(2));
        submitting.set(false);
        pollers.shutdown();
        if (!await(pollers, plan.settleTimeout())) {
            giveUp.set(true);
            await(pollers, Duration.ofMinutes(1));
        }
        return new LoadRun(Map.copyOf(submitted), Map.copyOf(settled), Map.copyOf(lastSeen), Map.copyOf(errors));
    }

    /** One submitter at a time (warm-up): wait until the pollers have settled what it sent. */
    private static void awaitSettled(Map<UUID, Long> settled, UUID id) {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!settled.containsKey(id) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(10_000_000);
        }
    }

    private static boolean await(ExecutorService executor, Duration timeout) {
        try {
            return executor.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while driving load", e);
        }
    }
}
