package io.modelintake.license;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/** A local stand-in for the Hugging Face Hub serving recorded {@code /api/models/{repoId}} answers (src/test/resources/hub). */
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
        return Map.of("license.hub.base-url", hub.baseUrl(), "license.hub.timeout", "10s");
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
