package io.modelintake.license.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.modelintake.license.HubStubResource;
import io.modelintake.testsupport.KafkaTestResource;
import io.modelintake.testsupport.KeycloakTestResource;
import io.modelintake.testsupport.PostgresTestResource;
import io.modelintake.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** A licence's stored text over REST, with its provenance, with real tokens. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
@WithTestResource(HubStubResource.class)
class LicenseTextResourceTests {

    static final Tokens TOKENS = Tokens.ofTestRealm();

    @Test
    void aHuggingFaceTagResolvesToItsLicenceTextWithWhereAndWhenItWasRead() throws Exception {
        Response response = given().auth().oauth2(TOKENS.accessToken("frank")).get("/api/licenses/apache-2.0/text")
                .then().statusCode(200)
                .contentType(startsWith("text/plain"))
                .header("Content-Location", "/api/licenses/Apache-2.0/text")
                .header("X-Source-URL", startsWith("https://"))
                .header("X-Retrieved", equalTo("2026-12-02"))
                .body(containsString("4. Redistribution."))
                .extract().response();
        byte[] body = response.asByteArray();
        assertThat(response.header("X-SHA-256"))
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)));
    }

    @Test
    void aLicenceWithoutAStoredTextOrAnUnknownOneIsNotFound() {
        given().auth().oauth2(TOKENS.accessToken("alice")).get("/api/licenses/openrail/text")
                .then().statusCode(404).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("LicenseRef-OpenRAIL-M"));
        given().auth().oauth2(TOKENS.accessToken("alice")).get("/api/licenses/no-such-licence/text")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    void readingATextNeedsAToken() {
        given().get("/api/licenses/MIT/text").then().statusCode(401);
    }
}
