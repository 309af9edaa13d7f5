package io.modelintake.license.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.modelintake.license.evaluation.ModelCard;
import io.modelintake.license.evaluation.ModelCardLookup;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Hub client against WireMock serving recordings in the shape of {@code GET /api/models/{repoId}}. */
class HuggingFaceHubClientTests {

    private static WireMockServer hub;
    private static HuggingFaceHubClient client;

    @BeforeAll
    static void startHub() {
        hub = new WireMockServer(WireMockConfiguration.options().dynamicPort().usingFilesUnderClasspath("hub"));
        hub.start();
        serve("RunDiffusion/Juggernaut-XL-v9", 200, "juggernaut-xl-v9.json");
        serve("black-forest-labs/FLUX.1-dev", 200, "flux-1-dev.json");
        serve("google-bert/bert-base-uncased", 200, "bert-base-uncased.json");
        serve("nerijs/pixel-art-xl", 200, "pixel-art-xl.json");
        serve("acme/tags-only-model", 200, "only-tags.json");
        serve("acme/asked-in-a-transaction", 200, "bert-base-uncased.json");
        serve("acme/missing", 404, "not-found.json");
        serve("acme/private", 401, "not-found.json");
        hub.stubFor(get(urlEqualTo("/api/models/acme/broken")).willReturn(aResponse().withStatus(503)));
        hub.stubFor(get(urlEqualTo("/api/models/acme/slow"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(6_000).withBodyFile("bert-base-uncased.json")));
        hub.stubFor(get(urlEqualTo("/api/models/acme/garbled")).willReturn(aResponse().withStatus(200).withBody("{not json")));
        client = new HuggingFaceHubClient(URI.create(hub.baseUrl()), Duration.ofSeconds(5), () -> false);
    }

    @AfterAll
    static void stopHub() {
        hub.stop();
    }

    @Test
    void readsLicenceAndBaseModelOfAFineTune() {
        ModelCard card = found("RunDiffusion/Juggernaut-XL-v9");
        assertThat(card.license()).isEqualTo("creativeml-openrail-m");
        assertThat(card.baseModels()).containsExactly("stabilityai/stable-diffusion-xl-base-1.0");
        assertThat(card.licenseTags()).containsExactly("creativeml-openrail-m");
        assertThat(card.sha()).isEqualTo("e4a681b645955a02528ac2f3b9144af8fe0c3e51");
    }

    @Test
    void readsOtherWithLicenseNameAndLink() {
        ModelCard card = found("black-forest-labs/FLUX.1-dev");
        assertThat(card.license()).isEqualTo("other");
        assertThat(card.licenseName()).isEqualTo("flux-1-dev-non-commercial-license");
        assertThat(card.licenseLink()).isEqualTo("LICENSE.md");
    }

    @Test
    void readsDatasetsFromCardAndTags() {
        ModelCard card = found("google-bert/bert-base-uncased");
        assertThat(card.license()).isEqualTo("apache-2.0");
        assertThat(card.datasets()).containsExactly("bookcorpus", "wikipedia");
        assertThat(card.baseModels()).isEmpty();
    }

    @Test
    void readsBaseModelGivenAsAList() {
        assertThat(found("nerijs/pixel-art-xl").baseModels()).containsExactly("stabilityai/stable-diffusion-xl-base-1.0");
    }

    @Test
    void fallsBackOnTagsWithoutCardData() {
        ModelCard card = found("acme/tags-only-model");
        assertThat(card.license()).isEqualTo("mit");
        assertThat(card.baseModels()).containsExactly("microsoft/resnet-50");
        assertThat(card.datasets()).containsExactly("imagenet-1k");
    }

    @Test
    void aMissingOrPrivateRepositoryIsNotFound() {
        assertThat(client.find("acme/missing")).isInstanceOf(ModelCardLookup.NotFound.class);
        assertThat(client.find("acme/private")).isInstanceOf(ModelCardLookup.NotFound.class);
    }

    @Test
    void aRepoIdThatIsNotOneIsNotFoundWithoutAsking() {
        assertThat(client.find("../../etc/passwd")).isInstanceOf(ModelCardLookup.NotFound.class);
    }

    @Test
    void serverErrorsTimeoutsAndGarbageAreUnreachable() {
        assertThat(client.find("acme/broken")).isInstanceOf(ModelCardLookup.Unreachable.class)
                .extracting(lookup -> ((ModelCardLookup.Unreachable) lookup).reason()).asString().contains("503");
        assertThat(client.find("acme/slow")).isInstanceOf(ModelCardLookup.Unreachable.class);
        assertThat(client.find("acme/garbled")).isInstanceOf(ModelCardLookup.Unreachable.class);
    }

    @Test
    void aHubThatIsDownIsUnreachable() {
        HuggingFaceHubClient nowhere = new HuggingFaceHubClient(URI.create("http://127.0.0.1:9"), Duration.ofMillis(300),
                () -> false);
        assertThat(nowhere.find("google-bert/bert-base-uncased")).isInstanceOf(ModelCardLookup.Unreachable.class);
    }

    @Test
    void insideADatabaseTransactionTheHubIsNotCalled() {
        HuggingFaceHubClient inTransaction = new HuggingFaceHubClient(URI.create(hub.baseUrl()), Duration.ofSeconds(5),
                () -> true);

        assertThat(inTransaction.find("acme/asked-in-a-transaction"))
                .isEqualTo(new ModelCardLookup.Unreachable("acme/asked-in-a-transaction",
                        "refused inside a database transaction"));
        hub.verify(0, getRequestedFor(urlEqualTo("/api/models/acme/asked-in-a-transaction")));
    }

    private static ModelCard found(String repoId) {
        ModelCardLookup lookup = client.find(repoId);
        assertThat(lookup).as(repoId).isInstanceOf(ModelCardLookup.Found.class);
        return ((ModelCardLookup.Found) lookup).card();
    }

    private static void serve(String repoId, int status, String file) {
        hub.stubFor(get(urlEqualTo("/api/models/" + repoId))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                        .withBodyFile(file)));
    }
}
