package io.modelintake.license.health;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.modelintake.license.HubStubResource;
import io.modelintake.license.evaluation.ModelCardLookup;
import io.modelintake.license.evaluation.ModelCards;
import io.modelintake.testsupport.KafkaTestResource;
import io.modelintake.testsupport.KeycloakTestResource;
import io.modelintake.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * /q/metrics, open without a token (DESIGN.md, Security rules), exports what the dashboard (deploy/grafana) and
 * alerts read: the outbox backlog, the dead letters by input topic and the failed calls to the model sources.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
@WithTestResource(HubStubResource.class)
class MetricsTests {

    @Inject
    ModelCards cards;

    @HubStubResource.StubHub
    WireMockServer hub;

    @Test
    void theOperationalMetricsAreExportedWithoutAToken() {
        String metrics = metrics();

        assertThat(metrics).contains("modelintake_outbox_backlog ",
                "modelintake_dead_letters_total{topic=\"intake.request.registered\"} 0.0",
                "modelintake_source_failures_total{source=\"huggingface\"}",
                "modelintake_source_failures_total{source=\"civitai\"}",
                "modelintake_source_failures_total{source=\"github\"}",
                "jvm_memory_used_bytes", "http_server_active_requests");
    }

    @Test
    void aHubThatFailsIsCountedOncePerCallNotPerCachedAnswer() {
        String repoId = "acme/hub-is-down";
        hub.stubFor(get(urlEqualTo("/api/models/" + repoId)).willReturn(aResponse().withStatus(503)));
        double before = hubFailures(metrics());

        assertThat(cards.find(repoId)).isInstanceOf(ModelCardLookup.Unreachable.class);
        assertThat(cards.find(repoId)).as("answered from the cache").isInstanceOf(ModelCardLookup.Unreachable.class);

        assertThat(hubFailures(metrics())).isEqualTo(before + 1);
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double hubFailures(String metrics) {
        Matcher value = Pattern.compile("(?m)^modelintake_source_failures_total\\{source=\"huggingface\"} (\\S+)$")
                .matcher(metrics);
        assertThat(value.find()).as("the Hub's failure counter in%n%s", metrics).isTrue();
        return Double.parseDouble(value.group(1));
    }
}
