package io.modelintake.license.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.modelintake.license.evaluation.ModelCardLookup;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cache in front of the Hub client, against WireMock as the Hub and with a clock the test moves. */
class ModelCardCacheTests {

    private static final Duration FOUND_TTL = Duration.ofHours(1);
    private static final Duration NOT_FOUND_TTL = Duration.ofMinutes(10);
    private static final Duration UNREACHABLE_TTL = Duration.ofSeconds(10);

    private static WireMockServer hub;
    private final AtomicLong nanos = new AtomicLong();
    private final Ticker clock = nanos::get;
    private ModelCardCache cache;

    @BeforeAll
    static void startHub() {
        hub = new WireMockServer(WireMockConfiguration.options().dynamicPort().usingFilesUnderClasspath("hub"));
        hub.start();
    }

    @AfterAll
    static void stopHub() {
        hub.stop();
    }

    @BeforeEach
    void freshCacheAndHub() {
        hub.resetAll();
        // a generous time-out: on a loaded machine a slow first answer must not pass for an outage
        cache = cacheOfHubWithTimeout(Duration.ofSeconds(10));
    }

    @Test
    void aBurstOfRequestsForOneRepoAsksTheHubOnce() throws Exception {
        // slow enough that the whole burst arrives while the first call is under way
        hub.stubFor(get(urlEqualTo("/api/models/nerijs/pixel-art-xl")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBodyFile("pixel-art-xl.json").withFixedDelay(300)));
        int burst = 200;
        ExecutorService callers = Executors.newFixedThreadPool(burst);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ModelCardLookup>> answers = new ArrayList<>();
            for (int i = 0; i < burst; i++) {
                answers.add(callers.submit(() -> {
                    start.await();
                    return cache.find("nerijs/pixel-art-xl");
                }));
            }
            start.countDown();
            for (Future<ModelCardLookup> answer : answers) {
                assertThat(answer.get()).isInstanceOf(ModelCardLookup.Found.class);
            }
        } finally {
            callers.shutdownNow();
        }
        hub.verify(1, getRequestedFor(urlEqualTo("/api/models/nerijs/pixel-art-xl")));
    }

    @Test
    void aCardIsAskedForAgainOnlyAfterItsTimeToLive() {
        serve("google-bert/bert-base-uncased", 200, "bert-base-uncased.json");

        assertThat(cache.find("google-bert/bert-base-uncased")).isInstanceOf(ModelCardLookup.Found.class);
        advance(FOUND_TTL.minusSeconds(1));
        assertThat(cache.find("google-bert/bert-base-uncased")).isInstanceOf(ModelCardLookup.Found.class);
        hub.verify(1, getRequestedFor(urlEqualTo("/api/models/google-bert/bert-base-uncased")));

        advance(Duration.ofSeconds(2));
        assertThat(cache.find("google-bert/bert-base-uncased")).isInstanceOf(ModelCardLookup.Found.class);
        hub.verify(2, getRequestedFor(urlEqualTo("/api/models/google-bert/bert-base-uncased")));
    }

    @Test
    void aMissingRepoIsBelievedForItsOwnShorterTimeToLive() {
        serve("acme/missing", 404, "not-found.json");

        assertThat(cache.find("acme/missing")).isInstanceOf(ModelCardLookup.NotFound.class);
        advance(NOT_FOUND_TTL.minusSeconds(1));
        assertThat(cache.find("acme/missing")).isInstanceOf(ModelCardLookup.NotFound.class);
        hub.verify(1, getRequestedFor(urlEqualTo("/api/models/acme/missing")));

        // published since: well before a found card would expire, the Hub is asked again
        serve("acme/missing", 200, "bert-base-uncased.json");
        advance(Duration.ofSeconds(2));
        assertThat(cache.find("acme/missing")).isInstanceOf(ModelCardLookup.Found.class);
        hub.verify(2, getRequestedFor(urlEqualTo("/api/models/acme/missing")));
    }

    @Test
    void anOutageIsRememberedBrieflyAndHeals() {
        hub.stubFor(get(urlEqualTo("/api/models/acme/flaky")).willReturn(aResponse().withStatus(503)));

        assertThat(cache.find("acme/flaky")).isInstanceOf(ModelCardLookup.Unreachable.class);
        assertThat(cache.find("acme/flaky")).isInstanceOf(ModelCardLookup.Unreachable.class);
        hub.verify(1, getRequestedFor(urlEqualTo("/api/models/acme/flaky")));

        serve("acme/flaky", 200, "bert-base-uncased.json");
        advance(UNREACHABLE_TTL.plusSeconds(1));
        assertThat(cache.find("acme/flaky")).isInstanceOf(ModelCardLookup.Found.class);
        hub.verify(2, getRequestedFor(urlEqualTo("/api/models/acme/flaky")));
    }

    @Test
    void aHubTimeOutIsAnUnreachableAnswerNotAnError() {
        hub.stubFor(get(urlEqualTo("/api/models/acme/slow")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(3_000).withBodyFile("bert-base-uncased.json")));

        assertThat(cacheOfHubWithTimeout(Duration.ofMillis(500)).find("acme/slow"))
                .isInstanceOf(ModelCardLookup.Unreachable.class);
    }

    private ModelCardCache cacheOfHubWithTimeout(Duration timeout) {
        return new ModelCardCache(new HuggingFaceHubClient(URI.create(hub.baseUrl()), timeout, () -> false),
                10_000, FOUND_TTL, NOT_FOUND_TTL, UNREACHABLE_TTL, clock);
    }

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    private static void serve(String repoId, int status, String file) {
        hub.stubFor(get(urlEqualTo("/api/models/" + repoId)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBodyFile(file)));
    }
}
