package io.modelintake.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The two knowledge bases agree: every training dataset that license-service's catalogue of known models names
 * resolves in the dataset-registry (by id or alias), so that a known model never yields "not in the registry".
 */
class KnowledgeConsistencyIT {

    @Test
    void everyDatasetNamedByAKnownModelIsInTheRegistry() {
        RunningSystem system = RunningSystem.shared();
        String token = system.tokens().accessToken("carol");
        List<Map<String, Object>> models = given().auth().oauth2(token).queryParam("size", 500)
                .get(system.url(RunningSystem.LICENSE) + "/api/models")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(models).hasSizeGreaterThanOrEqualTo(40);
        TreeSet<String> unknown = new TreeSet<>();
        for (Map<String, Object> model : models) {
            @SuppressWarnings("unchecked")
            List<String> datasets = (List<String>) model.getOrDefault("datasets", List.of());
            for (String dataset : datasets) {
                int status = given().auth().oauth2(token)
                        .get(system.url(RunningSystem.DATASET) + "/api/datasets/" + dataset).statusCode();
                if (status != 200) {
                    unknown.add(dataset + " (named by " + model.get("repoId") + ")");
                }
            }
        }
        assertThat(unknown).as("datasets the registry does not know").isEmpty();
    }
}
