package io.modelintake.license.service;

import io.modelintake.contracts.events.RequestRegistered;
import io.modelintake.license.evaluation.GatheredModelCards;
import io.modelintake.license.evaluation.SourceLookup;
import io.modelintake.license.knowledge.KnowledgeSnapshot;

/**
 * What the licence resolution of one registered request needs before its transaction: the event, the knowledge
 * snapshot it is evaluated with, every model card that evaluation reads and the answer of the model's source
 * (CivitAI, GitHub; null when it names none), already fetched. Immutable.
 */
public record PreparedResolution(RequestRegistered event, KnowledgeSnapshot snapshot, GatheredModelCards cards,
        SourceLookup source) {
}
