package io.modelintake.license.service;

import static io.modelintake.license.service.LicenseKnowledgeService.ADDENDUM;
import static io.modelintake.license.service.LicenseKnowledgeService.LICENSE;
import static io.modelintake.license.service.LicenseKnowledgeService.MODEL;

import io.modelintake.license.knowledge.KnowledgeSnapshot;
import io.modelintake.platform.knowledge.ChangeScope;
import io.modelintake.platform.knowledge.ChangeScope.Touched;
import java.util.List;

/**
 * What a change to the licence knowledge touches: a licence the requests whose lineage names it by id or alias, an
 * addendum the models it applies to, a known model the requests resting on it.
 */
public final class LicenseChangeScope implements ChangeScope<KnowledgeSnapshot> {

    @Override
    public Touched of(KnowledgeSnapshot snapshot, String kind, String id) {
        if (kind.equals(LICENSE.name())) {
            return snapshot.licenses().stream().filter(entry -> entry.id().equals(id)).findFirst()
                    .map(entry -> Touched.licenses(Touched.idAndAliases(entry.id(), entry.aliases())))
                    .orElse(Touched.NOTHING);
        }
        if (kind.equals(ADDENDUM.name())) {
            return snapshot.addenda().stream().filter(entry -> entry.id().equals(id)).findFirst()
                    .map(entry -> Touched.models(entry.models()))
                    .orElse(Touched.NOTHING);
        }
        if (kind.equals(MODEL.name())) {
            return Touched.models(List.of(id));
        }
        throw new IllegalArgumentException("no licence knowledge of kind '" + kind + "'");
    }
}
