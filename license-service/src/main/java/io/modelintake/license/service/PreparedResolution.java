package io.modelintake.license.service;

import io.modelintake.contracts.ModelRequest;
import io.modelintake.contracts.events.Reevaluation;
import io.modelintake.license.evaluation.GatheredModelCards;
import io.modelintake.license.evaluation.SourceLookup;
import io.modelintake.license.knowledge.KnowledgeSnapshot;

/**
 * What the licence resolution of one registered request needs before its transaction: the request (with the
 * re-evaluation that asked for it, null on its first resolution), the knowledge
 * snapshot it is evaluated with, every model card that evaluation reads and the answer of the model's source
 * (CivitAI, GitHub; null when it names none), already fetched. Immutable.
 */
public record PreparedResolution(ModelRequest request, Reevaluation reevaluation, KnowledgeSnapshot snapshot, GatheredModelCards cards,
        SourceLookup source) {
}
