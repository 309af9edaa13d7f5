package io.modelintake.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTests {

    private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5));

    @Test
    void doublesFromTheInitialPauseWithinTenPercent() {
        assertThat(backoff.delay(1).toMillis()).isBetween(90L, 110L);
        assertThat(backoff.delay(2).toMillis()).isBetween(180L, 220L);
        assertThat(backoff.delay(4).toMillis()).isBetween(720L, 880L);
    }

    @Test
    void neverExceedsTheMaximumHoweverLongItRetries() {
        assertThat(backoff.delay(7).toMillis()).isBetween(4500L, 5000L);
        assertThat(backoff.delay(1_000_000).toMillis()).isBetween(4500L, 5000L);
    }

    @Test
    void refusesAMaximumBelowTheInitialPause() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
