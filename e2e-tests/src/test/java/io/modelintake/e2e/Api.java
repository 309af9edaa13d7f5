package io.modelintake.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What an engineer's and an officer's scripts do, through the public API of the running system. */
final class Api {

    private static final Set<String> WAITING = Set.of("SUBMITTED", "LICENSE_RESOLVED", "DATASETS_ASSESSED");

    private final RunningSystem system;

    Api(RunningSystem system) {
        this.system = system;
    }

    UUID submit(String engineer, String json) {
        String location = given().auth().oauth2(token(engineer)).contentType(ContentType.JSON).body(json)
                .post(system.url(RunningSystem.INTAKE) + "/api/requests")
                .then().statusCode(202).extract().header("Location");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    JsonPath request(String user, UUID id) {
        return given().auth().oauth2(token(user)).get(system.url(RunningSystem.INTAKE) + "/api/requests/" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    /** Waits until the pipeline is done with the request: awaiting approval, decided or failed. */
    JsonPath awaitSettled(String user, UUID id) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> !WAITING.contains(request(user, id).getString("status")));
        return request(user, id);
    }

    JsonPath awaitStatus(String user, UUID id, String status) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> status.equals(request(user, id).getString("status")));
        return request(user, id);
    }

    io.restassured.response.ValidatableResponse decide(String officer, UUID id, String decision, String justification,
            List<String> conditions) {
        StringBuilder body = new StringBuilder("{\"decision\": \"").append(decision).append("\", \"justification\": \"")
                .append(justification).append("\", \"conditions\": [");
        for (int i = 0; i < conditions.size(); i++) {
            body.append(i == 0 ? "" : ", ").append('"').append(conditions.get(i)).append('"');
        }
        body.append("]}");
        return given().auth().oauth2(token(officer)).contentType(ContentType.JSON).body(body.toString())
                .post(system.url(RunningSystem.APPROVAL) + "/api/approvals/" + id + "/decisions").then();
    }

    /** Approves as one officer, or two for a HIGH request, as the tier demands. */
    void approve(UUID id, String tier, String justification) {
        decide("bob", id, "APPROVE", justification, List.of()).statusCode(200);
        if ("HIGH".equals(tier)) {
            decide("dave", id, "APPROVE", "Second approval: " + justification, List.of()).statusCode(200);
        }
    }

    String token(String user) {
        return system.tokens().accessToken(user);
    }
}
