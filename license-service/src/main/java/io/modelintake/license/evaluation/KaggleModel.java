package io.modelintake.license.evaluation;

import java.util.List;

/**
 * A Kaggle model's variation as {@code GET /api/v1/models/{owner}/{model}/{framework}/{variation}/get} states it
 * (Kaggle's {@code ApiModelInstance}): the licence its publisher chose for these weights ({@code licenseName}, Kaggle's
 * display name such as "Apache 2.0"), the training data it names ({@code trainingData}), and its base model when it is
 * a fine-tune: another Kaggle variation ({@code baseModelInstanceInformation}) or a page elsewhere
 * ({@code externalBaseModelUrl}). Null where Kaggle leaves a field empty.
 */
public record KaggleModel(
        String handle,
        String licenseName,
        List<String> trainingData,
        String url,
        String baseModelHandle,
        String externalBaseModelUrl) implements SourceFacts {

    public KaggleModel {
        trainingData = trainingData == null ? List.of() : List.copyOf(trainingData);
    }
}
