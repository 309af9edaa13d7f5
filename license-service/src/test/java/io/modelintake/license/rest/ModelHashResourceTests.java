package io.modelintake.license.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.modelintake.license.HubStubResource;
import io.modelintake.testsupport.KafkaTestResource;
import io.modelintake.testsupport.KeycloakTestResource;
import io.modelintake.testsupport.PostgresTestResource;
import io.modelintake.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What an unknown weights file is, by its SHA-256, against the stub of CivitAI's by-hash lookup. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
@WithTestResource(HubStubResource.class)
class ModelHashResourceTests {

    static final Tokens TOKENS = Tokens.ofTestRealm();
    /** The SHA-256 of the stub's neonNoirFlux_v10.safetensors (hub/__files/civitai-version-200001.json). */
    static final String LORA_SHA256 = "5d1e0a3c8b7f4a2e9c6d3b1a0f8e7d6c5b4a39281706f5e4d3c2b1a098765432";

    @Test
    void anAuditorLearnsWhatAFileIsAndWhichLicenceBindsIt() {
        given().auth().oauth2(TOKENS.accessToken("carol")).get("/api/models/by-hash/" + LORA_SHA256)
                .then().statusCode(200)
                .body("sourceRef", equalTo("civitai:100001@200001"))
                .body("fileName", equalTo("neonNoirFlux_v10.safetensors"))
                .body("modelType", equalTo("LORA"))
                .body("baseModel", equalTo("Flux.1 D"))
                .body("knownBaseModel", equalTo("black-forest-labs/FLUX.1-dev"))
                .body("baseModelLicense", equalTo("LicenseRef-FLUX-1-dev-Non-Commercial"))
                .body("permissions.allowCommercialUse", hasItems("Image", "Rent", "RentCivit", "Sell"));
    }

    @Test
    void anUnknownHashIsNotFoundAndANonHashIsABadRequest() {
        given().auth().oauth2(TOKENS.accessToken("carol")).get("/api/models/by-hash/" + "0".repeat(64))
                .then().statusCode(404).contentType(containsString("problem+json"));
        given().auth().oauth2(TOKENS.accessToken("carol")).get("/api/models/by-hash/not-a-hash")
                .then().statusCode(400).contentType(containsString("problem+json"));
        given().get("/api/models/by-hash/" + LORA_SHA256).then().statusCode(401);
    }
}
