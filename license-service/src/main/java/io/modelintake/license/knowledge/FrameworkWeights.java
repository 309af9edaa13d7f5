package io.modelintake.license.knowledge;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Framework weight hubs and their known weights ({@code knowledge/sources/framework-weights.yaml}): each hub's code
 * licence and what it says of its weights' terms; each weights entry's training datasets and, where stated, licence.
 */
public final class FrameworkWeights {

    /** Where the data lives on the classpath. */
    public static final String FILE = LicenseKnowledge.ROOT + "/sources/framework-weights.yaml";

    /** A hub: its code's licence and where that is stated, and the hub's own words on its weights' terms. */
    public record Hub(String hub, String name, String codeLicense, String codeSourceUrl, String codeNote,
            String weightsSourceUrl, String weightsStatement) {
    }

    /** Known weights ({@code hub:name}): a licence only where the hub states one, the training datasets. */
    public record Weights(String id, String license, List<String> datasets, String sourceUrl, String note) {
        public Weights {
            datasets = datasets == null ? List.of() : List.copyOf(datasets);
        }
    }

    record File(LocalDate checked, List<Hub> hubs, List<Weights> weights) {
    }

    private final Map<String, Hub> hubs = new HashMap<>();
    private final Map<String, Weights> weights = new HashMap<>();

    private FrameworkWeights(File file) {
        if (file.checked() == null) {
            throw new KnowledgeException(FILE + ": needs a checked date");
        }
        for (Hub hub : file.hubs()) {
            if (hub.codeLicense() == null || hub.weightsStatement() == null || hub.codeSourceUrl() == null
                    || hub.weightsSourceUrl() == null || hubs.putIfAbsent(hub.hub(), hub) != null) {
                throw new KnowledgeException(FILE + ": hub " + hub.hub() + " is defined twice or lacks its code"
                        + " licence, its statement on weights or their sources");
            }
        }
        for (Weights entry : file.weights()) {
            String hub = entry.id() == null ? null : entry.id().substring(0, Math.max(0, entry.id().indexOf(':')));
            if (!hubs.containsKey(hub) || entry.sourceUrl() == null || weights.putIfAbsent(entry.id(), entry) != null) {
                throw new KnowledgeException(FILE + ": weights " + entry.id() + " name no known hub, no source, or"
                        + " are defined twice");
            }
        }
    }

    public static FrameworkWeights loadBundled() {
        return new FrameworkWeights(LicenseKnowledge.readResource(FILE, File.class));
    }

    /** Every licence named (a hub's code licence, a weights licence) is in the knowledge. */
    public FrameworkWeights checkAgainst(KnowledgeSnapshot snapshot) {
        hubs.values().forEach(hub -> require(snapshot, hub.codeLicense(), "hub " + hub.hub()));
        weights.values().stream().filter(entry -> entry.license() != null)
                .forEach(entry -> require(snapshot, entry.license(), "weights " + entry.id()));
        return this;
    }

    public Optional<Hub> hub(String hub) {
        return Optional.ofNullable(hubs.get(hub));
    }

    /** Known weights by {@code hub:name} (case as the framework writes it). */
    public Optional<Weights> weights(String id) {
        return Optional.ofNullable(weights.get(id));
    }

    private static void require(KnowledgeSnapshot snapshot, String license, String where) {
        if (snapshot.license(license).isEmpty()) {
            throw new KnowledgeException(FILE + ": " + where + " names unknown licence '" + license + "'");
        }
    }
}
