package io.modelintake.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.modelintake.testsupport.ModelIntakeApi.RequestState;

class LoadRunTests {

    private static final long MS = 1_000_000;

    @Test
    void latencyPercentilesAreTakenFromPostToSettled() {
        Map<UUID, Long> submitted = new HashMap<>();
        Map<UUID, Long> settled = new HashMap<>();
        Map<UUID, RequestState> seen = new HashMap<>();
        for (int i = 1; i <= 100; i++) {
            UUID id = new UUID(0, i);
            submitted.put(id, 0L);
            settled.put(id, i * 10 * MS);
            seen.put(id, new RequestState("AWAITING_APPROVAL", null));
        }
        LoadRun run = new LoadRun(submitted, settled, seen, Map.of());

        assertThat(run.latencyMillis(0.50)).isEqualTo(500);
        assertThat(run.latencyMillis(0.99)).isEqualTo(990);
        assertThat(run.latencyMillis(1.0)).isEqualTo(1000);
        assertThat(run.throughput()).isEqualTo(100.0);
    }

    @Test
    void aRequestNeverSettledIsStuckAtItsLastStatusAndAFailedOneKeepsItsReason() {
        UUID awaiting = new UUID(0, 1);
        UUID failed = new UUID(0, 2);
        UUID stuck = new UUID(0, 3);
        UUID neverRead = new UUID(0, 4);
        LoadRun run = new LoadRun(
                Map.of(awaiting, 0L, failed, 0L, stuck, 0L, neverRead, 0L),
                Map.of(awaiting, 5 * MS, failed, 7 * MS),
                Map.of(awaiting, new RequestState("AWAITING_APPROVAL", null),
                        failed, new RequestState("FAILED", "dead-lettered after 3 attempts"),
                        stuck, new RequestState("LICENSE_RESOLVED", null)),
                Map.of(0, 2, 503, 1));

        assertThat(run.stuck()).containsExactly(Map.entry(stuck, "LICENSE_RESOLVED"), Map.entry(neverRead, "never read"));
        assertThat(run.failed()).containsExactly(Map.entry(failed, "dead-lettered after 3 attempts"));
        assertThat(run.settledElsewhere()).containsOnlyKeys(failed);
        assertThat(run.httpErrorCount()).isEqualTo(3);
    }

    @Test
    void nothingSettledHasNoLatency() {
        LoadRun run = new LoadRun(Map.of(new UUID(0, 1), 0L), Map.of(), Map.of(), Map.of());

        assertThat(run.latencyMillis(0.5)).isEqualTo(-1);
        assertThat(run.throughput()).isZero();
    }
}
