package io.modelintake.approval.bom;

import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.ModelRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** How both BOMs read a lineage: the model's name and which model each base model was derived into. */
public final class Lineages {

    private Lineages() {
    }

    /** The repo id, else the lineage's model id, else the name the engineer gave. */
    public static String modelName(ModelRequest request, Lineage lineage) {
        return Stream.of(request.model().repoId(), lineage.modelId(), request.model().name())
                .filter(value -> value != null && !value.isBlank()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the model has neither repo id nor name"));
    }

    /**
     * The model {@code base} was derived into: the one before it on its path, or the requested model {@code root}
     * when the path names none that the BOM holds ({@code known}).
     */
    static String derivedFrom(Lineage.BaseModel base, String root, Set<String> known) {
        List<String> path = new ArrayList<>(base.path());
        if (!path.isEmpty() && path.get(path.size() - 1).equals(base.repoId())) {
            path.remove(path.size() - 1);
        }
        String child = path.isEmpty() ? root : path.get(path.size() - 1);
        return known.contains(child) && !child.equals(base.repoId()) ? child : root;
    }
}
