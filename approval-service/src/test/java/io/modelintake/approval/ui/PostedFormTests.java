package io.modelintake.approval.ui;

import static io.modelintake.approval.AssessedRequests.TOKENS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.modelintake.contracts.Roles;
import io.modelintake.testsupport.KafkaTestResource;
import io.modelintake.testsupport.KeycloakTestResource;
import io.modelintake.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;

/**
 * The pages read posted forms as {@link RequestPage#decide} does, a {@code MultivaluedMap} body; platform's guard
 * refuses a NUL in any of its fields before a page sees it. The pages themselves need a browser session (their
 * flow is tested in e2e-tests), so a form endpoint of the same shape, reachable with a bearer token, shows it here.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class PostedFormTests {

    @Path("/api/test/posted-form")
    public static class PostedForm {

        @POST
        @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
        @Produces(MediaType.TEXT_PLAIN)
        @RolesAllowed(Roles.OFFICER)
        public String justification(MultivaluedMap<String, String> form) {
            return form.getFirst(DecisionForm.JUSTIFICATION);
        }
    }

    @Test
    void aNulInAFormFieldIsAProblemNamingTheField() {
        given().auth().oauth2(TOKENS.accessToken("bob"))
                .formParam(DecisionForm.DECISION, "APPROVE_WITH_CONDITIONS")
                .formParam(DecisionForm.JUSTIFICATION, "Licence checked")
                .formParam(DecisionForm.CONDITIONS, "Attribution\n\u0000")
                .post("/api/test/posted-form")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", contains(DecisionForm.CONDITIONS));
    }

    @Test
    void aFormWithoutNulIsReadAsPosted() {
        given().auth().oauth2(TOKENS.accessToken("bob"))
                .formParam(DecisionForm.JUSTIFICATION, "Licence checked, attribution noted")
                .post("/api/test/posted-form")
                .then().statusCode(200)
                .body(equalTo("Licence checked, attribution noted"));
    }
}
