package io.modelintake.dataset.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

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

/** A dataset's stored terms over REST, with their provenance, with real tokens. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class DatasetTermsResourceTests {

    static final Tokens TOKENS = Tokens.ofTestRealm();

    @Test
    void anAliasResolvesToTheDatasetsTermsWithWhereAndWhenTheyWereRead() throws Exception {
        Response response = given().auth().oauth2(TOKENS.accessToken("carol")).get("/api/datasets/ILSVRC/imagenet-1k/terms")
                .then().statusCode(200)
                .contentType(startsWith("text/plain"))
                .header("Content-Location", "/api/datasets/imagenet-1k/terms")
                .header("X-Source-URL", startsWith("https://"))
                .header("X-Retrieved", equalTo("2026-12-02"))
                .body(containsString("Researcher shall use the Database only for non-commercial research and educational purposes."))
                .extract().response();
        assertThat(response.header("X-SHA-256"))
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(response.asByteArray())));
    }

    @Test
    void aDatasetWithoutStoredTermsOrAnUnknownOneIsNotFound() {
        given().auth().oauth2(TOKENS.accessToken("alice")).get("/api/datasets/lfw/terms")
                .then().statusCode(404).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("lfw"));
        given().auth().oauth2(TOKENS.accessToken("alice")).get("/api/datasets/no-such-dataset/terms")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    void readingTermsNeedsAToken() {
        given().get("/api/datasets/coco/terms").then().statusCode(401);
    }
}
