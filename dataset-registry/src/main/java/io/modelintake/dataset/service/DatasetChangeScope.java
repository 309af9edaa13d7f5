package io.modelintake.dataset.service;

import static io.modelintake.dataset.service.DatasetKnowledgeService.DATASET;
import static io.modelintake.dataset.service.DatasetKnowledgeService.JURISDICTION;
import static io.modelintake.dataset.service.DatasetKnowledgeService.SOURCE;

import io.modelintake.contracts.Jurisdictions;
import io.modelintake.dataset.knowledge.DatasetEntry;
import io.modelintake.dataset.knowledge.DatasetSnapshot;
import io.modelintake.platform.knowledge.ChangeScope;
import io.modelintake.platform.knowledge.ChangeScope.Touched;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a change to the dataset knowledge touches: a dataset the requests naming it by id or alias, a data source
 * the datasets resting on it, a jurisdiction note the requests naming its code or, for a group such as the EU, any
 * of its member countries.
 */
public final class DatasetChangeScope implements ChangeScope<DatasetSnapshot> {

    private final Jurisdictions jurisdictions;

    public DatasetChangeScope(Jurisdictions jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    @Override
    public Touched of(DatasetSnapshot snapshot, String kind, String id) {
        if (kind.equals(DATASET.name())) {
            return Touched.datasets(named(snapshot.datasets().stream().filter(entry -> entry.id().equals(id))));
        }
        if (kind.equals(SOURCE.name())) {
            return Touched.datasets(named(snapshot.datasets().stream().filter(entry -> entry.sources().contains(id))));
        }
        if (kind.equals(JURISDICTION.name())) {
            return Touched.jurisdictions(jurisdictions.expand(id));
        }
        throw new IllegalArgumentException("no dataset knowledge of kind '" + kind + "'");
    }

    private static List<String> named(Stream<DatasetEntry> datasets) {
        return datasets.flatMap(entry -> Touched.idAndAliases(entry.id(), entry.aliases()).stream()).toList();
    }
}
