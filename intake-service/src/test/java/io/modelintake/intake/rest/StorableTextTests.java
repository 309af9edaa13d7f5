package io.modelintake.intake.rest;

import static io.modelintake.intake.SampleRequests.JSON;
import static io.modelintake.intake.SampleRequests.TOKENS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.modelintake.testsupport.KafkaTestResource;
import io.modelintake.testsupport.KeycloakTestResource;
import io.modelintake.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** A NUL character, which PostgreSQL cannot store, is a 400 naming where it was, never a 500 from the insert. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class StorableTextTests {

    private static final String NUL = "\\u0000";

    @Test
    void aNulInANestedTextFieldIsAProblemNamingTheField() {
        given().auth().oauth2(TOKENS.accessToken("alice")).contentType(ContentType.JSON)
                .body(JSON.replace("\"benchmarking\"", "\"bench" + NUL + "marking\""))
                .when().post("/api/requests")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400))
                .body("violations.field", contains("intendedUse.description"))
                .body("violations[0].message", equalTo("must not contain the NUL character (U+0000)"));
    }

    @Test
    void aNulInAListElementOrTheModelNameIsAProblemToo() {
        given().auth().oauth2(TOKENS.accessToken("alice")).contentType(ContentType.JSON)
                .body(JSON.replace("\"imagenet-1k\"", "\"imagenet" + NUL + "\""))
                .when().post("/api/requests")
                .then().statusCode(400)
                .body("violations.field", contains("model.datasets[0]"));
        given().auth().oauth2(TOKENS.accessToken("alice")).contentType(ContentType.JSON)
                .body(JSON.replace("\"ResNet-50\"", "\"" + NUL + "ResNet-50\""))
                .when().post("/api/requests")
                .then().statusCode(400)
                .body("violations.field", contains("model.name"));
    }

    @Test
    void aNulInAQueryParameterIsAProblemNamingTheParameter() {
        given().auth().oauth2(TOKENS.accessToken("bob")).urlEncodingEnabled(false)
                .when().get("/api/requests?status=APPROVED%00")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", contains("status"));
    }
}
