package io.modelintake.intake.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import static io.modelintake.intake.SampleRequests.JSON;
import static io.modelintake.intake.SampleRequests.TOKENS;
import static io.modelintake.intake.SampleRequests.submitAs;

import io.modelintake.testsupport.KafkaTestResource;
import io.modelintake.testsupport.KeycloakTestResource;
import io.modelintake.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class RequestResourceTests {

    @Test
    void anEngineerSubmitsAndFollowsHerRequest() {
        String location = given().auth().oauth2(TOKENS.accessToken("alice")).contentType(ContentType.JSON).body(JSON)
                .when().post("/api/requests")
                .then().statusCode(202)
                .header("Location", containsString("/api/requests/"))
                .body("status", equalTo("SUBMITTED"))
                .extract().header("Location");

        given().auth().oauth2(TOKENS.accessToken("alice"))
                .when().get(location)
                .then().statusCode(200)
                .body("requester", equalTo("alice"))
                .body("model.name", equalTo("ResNet-50"))
                .body("intendedUse.activities", hasItems("INTERNAL_RESEARCH"))
                .body("timeline[0].step", equalTo("REGISTRATION"));
    }

    @Test
    void officersAndAuditorsReadEveryRequestButOtherEngineersDoNot() {
        String location = submitAs("alice");
        given().auth().oauth2(TOKENS.accessToken("bob")).get(location).then().statusCode(200);
        given().auth().oauth2(TOKENS.accessToken("carol")).get(location).then().statusCode(200);
        given().auth().oauth2(TOKENS.accessToken("frank")).get(location).then().statusCode(200);

        String franks = submitAs("frank");
        given().auth().oauth2(TOKENS.accessToken("alice")).get(franks)
                .then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void theListOfAnEngineerHoldsOnlyHerOwnRequests() {
        submitAs("alice");
        submitAs("frank");
        var names = given().auth().oauth2(TOKENS.accessToken("alice")).queryParam("size", 100)
                .get("/api/requests").then().statusCode(200)
                .extract().jsonPath().getList("items.requester", String.class);
        assertThat(names).isNotEmpty().containsOnly("alice");
    }

    @Test
    void anInvalidBodyIsAProblemNamingEachOffendingField() {
        given().auth().oauth2(TOKENS.accessToken("alice")).contentType(ContentType.JSON)
                .body("""
                        {"model": {"name": "", "repoId": "not a repo id!"},
                         "intendedUse": {"activities": [], "jurisdictions": ["Germany"], "expectedMonthlyActiveUsers": -1}}
                        """)
                .when().post("/api/requests")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400))
                .body("violations.field", hasItems("model.name", "model.repoId", "intendedUse.activities",
                        "intendedUse.jurisdictions[0]", "intendedUse.expectedMonthlyActiveUsers"));
    }

    @Test
    void aModelWithNeitherLicenceNorRepoIdIsAProblemOnTheLicenceField() {
        given().auth().oauth2(TOKENS.accessToken("alice")).contentType(ContentType.JSON)
                .body("""
                        {"model": {"name": "Mystery model"},
                         "intendedUse": {"activities": ["INTERNAL_TOOL"], "jurisdictions": ["US"]}}
                        """)
                .when().post("/api/requests")
                .then().statusCode(400)
                .body("violations.field", hasItems("model.license"))
                .body("violations.message", hasItems(
                        "give model.license, model.repoId, or model.sourceRef with source civitai, github, kaggle or a framework hub"));
    }

    @Test
    void aCivitaiOrGithubModelIsNamedByItsSourceRef() {
        for (String model : new String[] {
                """
                {"name": "Neon Noir", "source": "civitai", "sourceRef": "https://civitai.com/models/100001?modelVersionId=200001"}""",
                """
                {"name": "StyleGAN3", "source": "github", "sourceRef": "https://github.com/NVlabs/stylegan3"}"""}) {
            given().auth().oauth2(TOKENS.accessToken("alice")).contentType(ContentType.JSON)
                    .body("""
                            {"model": %s, "intendedUse": {"activities": ["INTERNAL_RESEARCH"], "jurisdictions": ["US"]}}
                            """.formatted(model))
                    .when().post("/api/requests")
                    .then().statusCode(202);
        }
    }

    @Test
    void aSourceRefThatNamesNothingAtItsSourceIsAProblemOnThatField() {
        for (String model : new String[] {
                """
                {"name": "x", "source": "civitai", "sourceRef": "https://civitai.com/images/42"}""",
                """
                {"name": "x", "source": "github", "sourceRef": "https://gitlab.com/owner/repo"}""",
                """
                {"name": "x", "source": "huggingface", "repoId": "acme/x", "sourceRef": "https://github.com/acme/x"}"""}) {
            given().auth().oauth2(TOKENS.accessToken("alice")).contentType(ContentType.JSON)
                    .body("""
                            {"model": %s, "intendedUse": {"activities": ["INTERNAL_RESEARCH"], "jurisdictions": ["US"]}}
                            """.formatted(model))
                    .when().post("/api/requests")
                    .then().statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("violations.field", hasItems("model.sourceRef"));
        }
    }

    @Test
    void anUnknownActivityIsAProblemNotAServerError() {
        given().auth().oauth2(TOKENS.accessToken("alice")).contentType(ContentType.JSON)
                .body(JSON.replace("INTERNAL_RESEARCH", "WORLD_DOMINATION"))
                .when().post("/api/requests")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations[0].field", equalTo("intendedUse.activities[0]"));
    }

    @Test
    void theEuAiActBlockIsKeptAsSubmitted() {
        String location = given().auth().oauth2(TOKENS.accessToken("alice")).contentType(ContentType.JSON)
                .body(JSON.replace("\"description\": \"benchmarking\"", """
                        "description": "screening", "euAiAct": {"role": "DEPLOYER", "annexIIIArea": "EMPLOYMENT",
                          "art6_3Exemption": "ranks nobody", "interactsWithPeople": false, "syntheticContent": ["TEXT"],
                          "practices": ["PROFILING"]}"""))
                .when().post("/api/requests")
                .then().statusCode(202).extract().header("Location");

        given().auth().oauth2(TOKENS.accessToken("alice")).get(location)
                .then().statusCode(200)
                .body("intendedUse.euAiAct.role", equalTo("DEPLOYER"))
                .body("intendedUse.euAiAct.annexIIIArea", equalTo("EMPLOYMENT"))
                .body("intendedUse.euAiAct.art6_3Exemption", equalTo("ranks nobody"))
                .body("intendedUse.euAiAct.syntheticContent", hasItems("TEXT"))
                .body("intendedUse.euAiAct.practices", hasItems("PROFILING"));
    }

    @Test
    void aBrokenEuAiActBlockIsAProblemNamingEachField() {
        given().auth().oauth2(TOKENS.accessToken("alice")).contentType(ContentType.JSON)
                .body(JSON.replace("\"description\": \"benchmarking\"",
                        "\"euAiAct\": {\"annexIIIArea\": \"NONE\", \"art6_3Exemption\": \"not high-risk\"}"))
                .when().post("/api/requests")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItems("intendedUse.euAiAct.role", "intendedUse.euAiAct.art6_3Exemption"));

        given().auth().oauth2(TOKENS.accessToken("alice")).contentType(ContentType.JSON)
                .body(JSON.replace("\"description\": \"benchmarking\"",
                        "\"euAiAct\": {\"role\": \"DEPLOYER\", \"syntheticContent\": [\"SMELL\"]}"))
                .when().post("/api/requests")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations[0].field", equalTo("intendedUse.euAiAct.syntheticContent[0]"));
    }

    @Test
    void withoutATokenTheAnswerIs401AsProblemJson() {
        given().contentType(ContentType.JSON).body(JSON)
                .when().post("/api/requests")
                .then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
        given().auth().oauth2("not-a-token").get("/api/requests")
                .then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void onlyEngineersSubmit() {
        given().auth().oauth2(TOKENS.accessToken("carol")).contentType(ContentType.JSON).body(JSON)
                .when().post("/api/requests")
                .then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }
}
