package io.modelintake.license.evaluation;

/** What a model source states about a model, as its API states it: read by a client, judged by the evaluation. */
public sealed interface SourceFacts permits CivitaiModel, GithubRepository, KaggleModel {
}
