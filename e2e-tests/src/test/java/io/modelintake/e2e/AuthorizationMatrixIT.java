package io.modelintake.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The authorization matrix of issue 8: every endpoint of every service, called with no token, a garbage token,
 * an expired token and the real tokens of each demo user, answers exactly the status of
 * {@code authorization-matrix.csv}; refusals are problem+json.
 */
class AuthorizationMatrixIT {

    static final List<String> CALLERS = List.of("none", "garbage", "expired", "alice", "bob", "carol", "erin", "frank");
    static final String SUBMISSION = """
            {"model": {"name": "ResNet-50", "repoId": "microsoft/resnet-50", "license": "apache-2.0", "datasets": ["imagenet-1k"]},
             "intendedUse": {"activities": ["INTERNAL_RESEARCH"], "jurisdictions": ["DE"]}}
            """;

    static RunningSystem system;
    static Api api;
    static UUID request;
    static String expiredToken;
    static String licenseBody;
    static String datasetBody;

    @BeforeAll
    static void prepare() {
        system = RunningSystem.shared();
        api = new Api(system);
        request = api.submit("alice", SUBMISSION);
        api.awaitSettled("alice", request);
        expiredToken = system.tokens().expiredAccessToken("alice");
        licenseBody = given().auth().oauth2(api.token("bob")).get(system.url(RunningSystem.LICENSE) + "/api/licenses/MIT")
                .then().statusCode(200).extract().asString();
        datasetBody = given().auth().oauth2(api.token("bob")).get(system.url(RunningSystem.DATASET) + "/api/datasets/mnist")
                .then().statusCode(200).extract().asString();
    }

    static Stream<Arguments> matrix() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in = AuthorizationMatrixIT.class.getResourceAsStream("/authorization-matrix.csv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("service,")) {
                    continue;
                }
                String[] cell = line.split(",", -1);
                for (int i = 0; i < CALLERS.size(); i++) {
                    cases.add(Arguments.of(cell[0], cell[1], cell[2], cell[3], CALLERS.get(i), Integer.parseInt(cell[4 + i])));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} {0}{2} as {4} -> {5}")
    @MethodSource("matrix")
    void everyEndpointAnswersEachCallerAsTheMatrixSays(String service, String method, String path, String body,
            String caller, int expected) {
        RequestSpecification call = given().redirects().follow(false);
        switch (caller) {
            case "none" -> { }
            case "garbage" -> call.auth().oauth2("garbage.not-a.jwt");
            case "expired" -> call.auth().oauth2(expiredToken);
            default -> call.auth().oauth2(api.token(caller));
        }
        String payload = Map.of("submission", SUBMISSION, "license", licenseBody, "dataset", datasetBody,
                // dry runs of the knowledge in use: nothing is stored
                "simulation", "{\"licenses\": [" + licenseBody + "]}",
                "license-simulation", "{\"licenses\": [" + licenseBody + "], \"requests\": []}",
                "dataset-simulation", "{\"datasets\": [" + datasetBody + "], \"requests\": []}",
                "decision", "{\"decision\": \"APPROVE\", \"justification\": \"\"}",
                // no entity: an officer or admin gets past the role gate to a 400, and nothing is recorded
                "acceptance", "{\"licenseId\": \"LicenseRef-Llama-3.1-Community\", \"entity\": \"\"}").get(body);
        if (payload != null) {
            call.contentType(ContentType.JSON).body(payload);
        }
        String url = system.url(service) + path.replace("{request}", request.toString());
        Response response = call.request(method, url);

        assertThat(response.statusCode()).as("%s %s as %s: %s", method, url, caller, response.asString())
                .isEqualTo(expected);
        if (path.startsWith("/api/") && (expected == 401 || expected == 403)) {
            assertThat(response.contentType()).as("content type of a %d", expected).startsWith("application/problem+json");
        }
    }
}
