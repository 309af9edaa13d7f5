package io.modelintake.license;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/**
 * A local stand-in for the model sources, serving answers in their real formats (src/test/resources/hub): the Hugging
 * Face Hub's {@code /api/models/{repoId}}, CivitAI's {@code /api/v1/models/{id}}, {@code /api/v1/model-versions/…}
 * GitHub's {@code /repos/{owner}/{repo}/license} and Kaggle's {@code /api/v1/models/…/get}. Their paths do not overlap,
 * so one server plays all four.
 */
public class HubStubResource implements QuarkusTestResourceLifecycleManager {

    /** Marks the test's {@link WireMockServer} field: a test can stub a repo of its own and count the calls. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface StubHub {
    }

    private WireMockServer hub;

    @Override
    public Map<String, String> start() {
        hub = new WireMockServer(WireMockConfiguration.options().dynamicPort().usingFilesUnderClasspath("hub"));
        hub.start();
        // a local stub answers at once; on a loaded machine a slow first answer must not pass for an outage
        return Map.of("license.hub.base-url", hub.baseUrl(), "license.hub.timeout", "10s",
                "license.civitai.base-url", hub.baseUrl(), "license.civitai.timeout", "10s",
                "license.github.base-url", hub.baseUrl(), "license.github.timeout", "10s",
                "license.kaggle.base-url", hub.baseUrl(), "license.kaggle.timeout", "10s");
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(hub, new TestInjector.AnnotatedAndMatchesType(StubHub.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (hub != null) {
            hub.stop();
        }
    }
}
