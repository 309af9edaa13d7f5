package io.modelintake.approval.bom;

import static io.modelintake.approval.AssessedRequests.TOKENS;
import static io.modelintake.approval.AssessedRequests.deliver;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Lineage;
import io.modelintake.testsupport.CloudEventsClient;
import io.modelintake.testsupport.KafkaTestResource;
import io.modelintake.testsupport.KeycloakTestResource;
import io.modelintake.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The two BOM endpoints of a request over the real stack; license-service is unreachable here. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class BomResourceTests {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    CloudEventsClient kafka;

    @BeforeEach
    void connect() {
        kafka = new CloudEventsClient(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void theSpdxDocumentValidatesAndNamesALicenceWhoseTextLicenseServiceCouldNotServe() throws Exception {
        UUID id = deliver(kafka, "alice", "Llama fine-tune", List.of(Activity.INTERNAL_TOOL),
                List.of(new Lineage.LicenseTerms("LicenseRef-Llama-3.1-Community", "Llama 3.1",
                        "bf2eac60b81e5c5f779fc3b4849d3bfacfd63f97f3eb68b44e9c6868c5801712", null)));

        String document = given().auth().oauth2(TOKENS.accessToken("carol")).get("/api/requests/" + id + "/spdx")
                .then().statusCode(200).contentType("application/ld+json").extract().asString();

        JsonNode spdx = SpdxDocuments.validated(document);
        assertThat(spdx.path("@graph").findValuesAsText("simplelicensing_licenseExpression"))
                .contains("LicenseRef-Llama-3.1-Community");
        assertThat(spdx.path("@graph").findValuesAsText("type")).doesNotContain("simplelicensing_SimpleLicensingText");
    }

    @Test
    void engineersReadOnlyTheirOwnRequestsBoms() {
        UUID own = deliver(kafka, "alice", "Some model", List.of(Activity.INTERNAL_TOOL));
        UUID franks = deliver(kafka, "frank", "Another model", List.of(Activity.INTERNAL_TOOL));
        UUID id = own;

        given().auth().oauth2(TOKENS.accessToken("alice")).get("/api/requests/" + own + "/spdx").then().statusCode(200);
        given().auth().oauth2(TOKENS.accessToken("alice")).get("/api/requests/" + franks + "/bom").then().statusCode(403);
        given().auth().oauth2(TOKENS.accessToken("erin")).get("/api/requests/" + id + "/spdx").then().statusCode(403);
        given().auth().oauth2(TOKENS.accessToken("bob")).get("/api/requests/" + UUID.randomUUID() + "/spdx").then()
                .statusCode(404);
    }
}
