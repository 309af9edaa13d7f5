package io.modelintake.license.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.modelintake.contracts.SourceRef;
import io.modelintake.license.evaluation.KaggleModel;
import io.modelintake.license.evaluation.SourceLookup;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Kaggle's {@code /api/v1/models/…/get} as its stand-in answers it in Kaggle's format (src/test/resources/hub). */
class KaggleClientTests {

    private static WireMockServer kaggle;
    private static KaggleClient client;

    @BeforeAll
    static void start() {
        kaggle = new WireMockServer(WireMockConfiguration.options().dynamicPort().usingFilesUnderClasspath("hub"));
        kaggle.start();
        client = new KaggleClient(URI.create(kaggle.baseUrl()), Duration.ofSeconds(10), Optional.empty(), () -> false);
    }

    @AfterAll
    static void stop() {
        kaggle.stop();
    }

    @Test
    void readsTheLicenceTrainingDataAndExternalBaseModelOfAVariation() {
        SourceLookup answer = client.find(ref("https://www.kaggle.com/models/acme/street-signs/pyTorch/vit-base/1"));

        assertThat(answer).isInstanceOf(SourceLookup.Found.class);
        KaggleModel model = (KaggleModel) ((SourceLookup.Found) answer).facts();
        assertThat(model.handle()).isEqualTo("acme/street-signs/pyTorch/vit-base");
        assertThat(model.licenseName()).isEqualTo("Apache 2.0");
        assertThat(model.trainingData()).containsExactly("https://huggingface.co/datasets/ILSVRC/imagenet-1k",
                "acme internal street photos 2025");
        assertThat(model.externalBaseModelUrl()).isEqualTo("https://huggingface.co/google/vit-base-patch16-224");
        assertThat(model.baseModelHandle()).isNull();
    }

    @Test
    void aBlankLicenceIsNoLicenceAndAKaggleBaseModelIsNamedByItsHandle() {
        KaggleModel model = (KaggleModel) ((SourceLookup.Found) client.find(ref("acme/unlicensed/tensorFlow2/default")))
                .facts();

        assertThat(model.licenseName()).isNull();
        assertThat(model.externalBaseModelUrl()).isNull();
        assertThat(model.baseModelHandle()).isEqualTo("google/efficientnet-v2/tensorFlow2/imagenet1k-b0-classification");
    }

    @Test
    void noSuchVariationIsNotFoundAndARateLimitIsNoAnswer() {
        assertThat(client.find(ref("acme/no-such-model/keras/default"))).isInstanceOf(SourceLookup.NotFound.class);
        assertThat(client.find(ref("acme/busy/keras/default"))).isInstanceOf(SourceLookup.Unreachable.class)
                .extracting(a -> ((SourceLookup.Unreachable) a).reason()).isEqualTo("Kaggle answered 429");
    }

    @Test
    void insideATransactionKaggleIsNotAsked() {
        KaggleClient guarded = new KaggleClient(URI.create(kaggle.baseUrl()), Duration.ofSeconds(10), Optional.empty(),
                () -> true);

        assertThat(guarded.find(ref("acme/street-signs/pyTorch/vit-base"))).isInstanceOf(SourceLookup.Unreachable.class);
    }

    private static SourceRef ref(String text) {
        return SourceRef.Kaggle.parse(text).orElseThrow();
    }
}
