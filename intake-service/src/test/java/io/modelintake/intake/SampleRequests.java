package io.modelintake.intake;

import static io.restassured.RestAssured.given;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.IntendedUse;
import io.modelintake.contracts.ModelSpec;
import io.modelintake.testsupport.Tokens;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;

/** One plausible request, as JSON for the API and as contract values, and a way to submit it. */
public final class SampleRequests {

    public static final Tokens TOKENS = Tokens.ofTestRealm();

    public static final String JSON = """
            {"model": {"name": "ResNet-50", "source": "huggingface", "repoId": "microsoft/resnet-50", "license": "apache-2.0",
                       "datasets": ["imagenet-1k"]},
             "intendedUse": {"activities": ["INTERNAL_RESEARCH"], "jurisdictions": ["DE"], "description": "benchmarking"}}
            """;

    public static final ModelSpec MODEL = new ModelSpec("ResNet-50", "huggingface", "microsoft/resnet-50", "main",
            "apache-2.0", null, null, List.of(), List.of("imagenet-1k"));

    public static final IntendedUse USE = new IntendedUse(List.of(Activity.INTERNAL_RESEARCH), List.of("DE"), null, null,
            "benchmarking");

    private SampleRequests() {
    }

    /** Submits {@link #JSON} as {@code user} and answers the Location of the new request. */
    public static String submitAs(String user) {
        return given().auth().oauth2(TOKENS.accessToken(user)).contentType(ContentType.JSON).body(JSON)
                .when().post("/api/requests")
                .then().statusCode(202).extract().header("Location");
    }

    public static UUID idOf(String location) {
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }
}
