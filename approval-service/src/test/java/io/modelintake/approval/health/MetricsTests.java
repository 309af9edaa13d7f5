package io.modelintake.approval.health;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.testsupport.KafkaTestResource;
import io.modelintake.testsupport.KeycloakTestResource;
import io.modelintake.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * /q/metrics, open without a token, exports the ledger's lag and dead letters beside platform's outbox backlog and
 * dead letters by input topic (deploy/grafana/model-intake.json reads them); the UI's logout is a POST only.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class MetricsTests {

    @Test
    void theLedgerAndBusMetricsAreExportedWithoutAToken() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics).contains("modelintake_ledger_lag_seconds_count ", "modelintake_ledger_dead_letters_total ",
                "modelintake_outbox_backlog ", "modelintake_dead_letters_total{topic=\"dataset.request.assessed\"} 0.0");
    }

    @Test
    void logoutIsNoLongerALink() {
        // without a session the UI's login comes first; with one, only a POST with the session's CSRF token logs out
        given().redirects().follow(false).get("/ui/logout").then().statusCode(302);
        given().redirects().follow(false).formParam("csrf", "forged").post("/ui/logout").then().statusCode(302);
    }
}
