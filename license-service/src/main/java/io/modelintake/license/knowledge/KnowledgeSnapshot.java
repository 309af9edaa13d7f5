package io.modelintake.license.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An immutable, versioned view of the licence knowledge: licences by id and alias, model-specific addenda and the
 * known-models catalogue. Validated when built; parsed licence expressions are memoised per snapshot so that
 * evaluation never parses the same text twice.
 */
public final class KnowledgeSnapshot {

    private static final int MAX_CACHED_EXPRESSIONS = 10_000;

    private final String version;
    private final Map<String, LicenseEntry> licenses;
    private final Map<String, LicenseEntry> byAlias;
    private final Map<String, LicenseEntry> byAliasAsWritten;
    private final Map<String, AddendumEntry> addenda;
    private final Map<String, List<AddendumEntry>> addendaByModel;
    private final Map<String, List<AddendumEntry>> addendaByModelAsWritten;
    private final Map<String, ModelEntry> models;
    private final Map<String, ModelEntry> modelsAsWritten;
    private final Map<String, LicenseExpression> expressions = new ConcurrentHashMap<>();

    private KnowledgeSnapshot(String version, Map<String, LicenseEntry> licenses, Map<String, LicenseEntry> byAlias,
            Map<String, AddendumEntry> addenda, Map<String, List<AddendumEntry>> addendaByModel,
            Map<String, ModelEntry> models) {
        this.version = version;
        this.licenses = licenses;
        this.byAlias = byAlias;
        this.addenda = addenda;
        this.addendaByModel = addendaByModel;
        this.models = models;
        // exact-spelling indexes spare evaluation a lower-casing per lookup in the common case
        Map<String, LicenseEntry> licensesAsWritten = new HashMap<>();
        licenses.values().forEach(entry -> {
            licensesAsWritten.put(entry.id(), entry);
            entry.aliases().forEach(alias -> licensesAsWritten.put(alias, entry));
        });
        this.byAliasAsWritten = Map.copyOf(licensesAsWritten);
        Map<String, ModelEntry> modelsExact = new HashMap<>();
        models.values().forEach(entry -> modelsExact.put(entry.repoId(), entry));
        this.modelsAsWritten = Map.copyOf(modelsExact);
        Map<String, List<AddendumEntry>> addendaExact = new HashMap<>();
        addenda.values().forEach(entry -> entry.models().forEach(model ->
                addendaExact.computeIfAbsent(model, k -> new ArrayList<>()).add(entry)));
        this.addendaByModelAsWritten = copyLists(addendaExact);
    }

    /**
     * Builds and validates a snapshot from entries (as stored in a database or read from the bundled files).
     *
     * @throws KnowledgeException naming the entry that breaks a rule
     */
    public static KnowledgeSnapshot of(String version, Collection<LicenseEntry> licenses,
            Collection<AddendumEntry> addenda, Collection<ModelEntry> models) {
        Map<String, String> origins = new HashMap<>();
        licenses.forEach(entry -> origins.put("license:" + entry.id(), "license " + entry.id()));
        addenda.forEach(entry -> origins.put("addendum:" + entry.id(), "addendum " + entry.id()));
        models.forEach(entry -> origins.put("model:" + entry.repoId(), "model " + entry.repoId()));
        return of(version, licenses, addenda, models, origins);
    }

    static KnowledgeSnapshot of(String version, Collection<LicenseEntry> licenseEntries,
            Collection<AddendumEntry> addendumEntries, Collection<ModelEntry> modelEntries, Map<String, String> origins) {
        if (version == null || version.isBlank()) {
            throw new KnowledgeException("a knowledge snapshot needs a version");
        }
        KnowledgeValidation validation = new KnowledgeValidation(origins);
        Map<String, LicenseEntry> licenses = new LinkedHashMap<>();
        Map<String, LicenseEntry> byAlias = new HashMap<>();
        for (LicenseEntry entry : licenseEntries) {
            validation.checkLicense(entry);
            if (licenses.putIfAbsent(entry.id(), entry) != null) {
                throw validation.error("license:" + entry.id(), "licence id defined twice");
            }
            List<String> names = new ArrayList<>(entry.aliases());
            names.add(entry.id());
            for (String alias : names) {
                LicenseEntry previous = byAlias.putIfAbsent(key(alias), entry);
                if (previous != null && previous != entry) {
                    throw validation.error("license:" + entry.id(),
                            "alias '" + alias + "' also belongs to licence " + previous.id());
                }
            }
        }
        Map<String, ModelEntry> models = new LinkedHashMap<>();
        for (ModelEntry entry : modelEntries) {
            validation.checkModel(entry);
            if (models.putIfAbsent(key(entry.repoId()), entry) != null) {
                throw validation.error("model:" + entry.repoId(), "model defined twice");
            }
        }
        Map<String, AddendumEntry> addenda = new LinkedHashMap<>();
        Map<String, List<AddendumEntry>> addendaByModel = new HashMap<>();
        for (AddendumEntry entry : addendumEntries) {
            validation.checkAddendum(entry);
            if (addenda.putIfAbsent(entry.id(), entry) != null) {
                throw validation.error("addendum:" + entry.id(), "addendum id defined twice");
            }
            if (entry.license() != null && !byAlias.containsKey(key(entry.license()))) {
                throw validation.error("addendum:" + entry.id(), "unknown licence '" + entry.license() + "'");
            }
            entry.models().forEach(model ->
                    addendaByModel.computeIfAbsent(key(model), k -> new ArrayList<>()).add(entry));
        }
        KnowledgeSnapshot snapshot = new KnowledgeSnapshot(version, Map.copyOf(licenses), Map.copyOf(byAlias),
                Map.copyOf(addenda), copyLists(addendaByModel), Map.copyOf(models));
        for (ModelEntry model : modelEntries) {
            LicenseExpression expression = snapshot.expression(model.license());
            if (expression instanceof LicenseExpression.Unparseable || expression.leaves().stream()
                    .anyMatch(leaf -> !leaf.isResolved())) {
                throw validation.error("model:" + model.repoId(), "licence '" + model.license() + "' does not resolve");
            }
            for (String base : model.baseModels()) {
                if (!models.containsKey(key(base))) {
                    throw validation.error("model:" + model.repoId(), "base model '" + base + "' is not in the catalogue");
                }
            }
        }
        return snapshot;
    }

    /** A new snapshot with {@code entry} added or replacing the licence of the same id (after a curator's PUT). */
    public KnowledgeSnapshot withLicense(String newVersion, LicenseEntry entry) {
        Map<String, LicenseEntry> replaced = new LinkedHashMap<>(licenses);
        replaced.put(entry.id(), entry);
        return of(newVersion, replaced.values(), addenda.values(), models.values());
    }

    public String version() {
        return version;
    }

    /** A licence by SPDX id, {@code LicenseRef-}, or any alias (case-insensitive). */
    public Optional<LicenseEntry> license(String idOrAlias) {
        if (idOrAlias == null) {
            return Optional.empty();
        }
        LicenseEntry exact = byAliasAsWritten.get(idOrAlias);
        return Optional.ofNullable(exact != null ? exact : byAlias.get(key(idOrAlias)));
    }

    public Collection<LicenseEntry> licenses() {
        return licenses.values();
    }

    public Optional<ModelEntry> model(String repoId) {
        if (repoId == null) {
            return Optional.empty();
        }
        ModelEntry exact = modelsAsWritten.get(repoId);
        return Optional.ofNullable(exact != null ? exact : models.get(key(repoId)));
    }

    public Collection<ModelEntry> models() {
        return models.values();
    }

    public Collection<AddendumEntry> addenda() {
        return addenda.values();
    }

    public List<AddendumEntry> addendaFor(String repoId) {
        if (repoId == null) {
            return List.of();
        }
        List<AddendumEntry> exact = addendaByModelAsWritten.get(repoId);
        return exact != null ? exact : addendaByModel.getOrDefault(key(repoId), List.of());
    }

    /** The parsed form of a licence expression, tag or id; parsed once per snapshot. */
    public LicenseExpression expression(String text) {
        LicenseExpression cached = expressions.get(text);
        if (cached != null) {
            return cached;
        }
        LicenseExpression parsed = SpdxExpressions.parse(text, this::license);
        // requests carry free text: stop remembering new spellings once the cache is large
        if (expressions.size() < MAX_CACHED_EXPRESSIONS) {
            expressions.putIfAbsent(text, parsed);
        }
        return parsed;
    }

    private static String key(String idOrAlias) {
        return idOrAlias.trim().toLowerCase(Locale.ROOT);
    }

    private static Map<String, List<AddendumEntry>> copyLists(Map<String, List<AddendumEntry>> map) {
        Map<String, List<AddendumEntry>> copy = new HashMap<>();
        map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Map.copyOf(copy);
    }
}
