package io.modelintake.license;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A local stand-in for the Hugging Face Hub serving recorded {@code /api/models/{repoId}} answers (src/test/resources/hub). */
public class HubStubResource implements QuarkusTestResourceLifecycleManager {

    private WireMockServer hub;

    @Override
    public Map<String, String> start() {
        hub = new WireMockServer(WireMockConfiguration.options().dynamicPort().usingFilesUnderClasspath("hub"));
        hub.start();
        return Map.of("license.hub.base-url", hub.baseUrl());
    }

    @Override
    public void stop() {
        if (hub != null) {
            hub.stop();
        }
    }
}
