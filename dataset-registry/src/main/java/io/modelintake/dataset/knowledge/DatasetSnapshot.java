package io.modelintake.dataset.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable, validated and versioned view of the dataset knowledge: datasets (found by id or any alias,
 * case-insensitively), data sources and jurisdiction notes. Build one from bundled files with
 * {@link DatasetKnowledge#loadBundled()}, or from stored entries with {@link #of}.
 */
public final class DatasetSnapshot {

    private static final String STORED = "stored entry";

    private final String version;
    private final Map<String, Located<DatasetEntry>> datasets;
    private final Map<String, Located<DataSourceEntry>> sources;
    private final Map<String, Located<JurisdictionNote>> jurisdictions;
    private final Map<String, String> datasetIdByKey;

    private DatasetSnapshot(String version, List<Located<DatasetEntry>> datasets, List<Located<DataSourceEntry>> sources,
                            List<Located<JurisdictionNote>> jurisdictions) {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("a snapshot needs a version");
        }
        new KnowledgeValidator().validate(datasets, sources, jurisdictions);
        this.version = version;
        this.datasets = index(datasets, l -> l.entry().id());
        this.sources = index(sources, l -> l.entry().id());
        this.jurisdictions = index(jurisdictions, l -> l.entry().id().toUpperCase(Locale.ROOT));
        Map<String, String> keys = new LinkedHashMap<>();
        for (Located<DatasetEntry> located : datasets) {
            DatasetEntry dataset = located.entry();
            keys.put(normalise(dataset.id()), dataset.id());
            dataset.aliases().forEach(alias -> keys.put(normalise(alias), dataset.id()));
        }
        this.datasetIdByKey = Map.copyOf(keys);
    }

    /** A snapshot of stored entries (e.g. rows of the registry's database); throws if they are inconsistent. */
    public static DatasetSnapshot of(String version, Collection<DatasetEntry> datasets, Collection<DataSourceEntry> sources,
                                     Collection<JurisdictionNote> jurisdictions) {
        return new DatasetSnapshot(version, stored(datasets), stored(sources), stored(jurisdictions));
    }

    static DatasetSnapshot located(String version, List<Located<DatasetEntry>> datasets, List<Located<DataSourceEntry>> sources,
                                   List<Located<JurisdictionNote>> jurisdictions) {
        return new DatasetSnapshot(version, datasets, sources, jurisdictions);
    }

    /** A new snapshot in which {@code dataset} replaces the entry of the same id (or is added); validated again. */
    public DatasetSnapshot withDataset(DatasetEntry dataset, String newVersion) {
        List<Located<DatasetEntry>> next = new ArrayList<>();
        boolean replaced = false;
        for (Located<DatasetEntry> located : datasets.values()) {
            if (located.entry().id().equals(dataset.id())) {
                next.add(new Located<>(STORED, dataset));
                replaced = true;
            } else {
                next.add(located);
            }
        }
        if (!replaced) {
            next.add(new Located<>(STORED, dataset));
        }
        return new DatasetSnapshot(newVersion, next, List.copyOf(sources.values()), List.copyOf(jurisdictions.values()));
    }

    public String version() {
        return version;
    }

    /** The dataset with this id, alias or Hugging Face dataset id ({@code datasets/} and Hub URL prefixes are ignored). */
    public Optional<DatasetEntry> dataset(String idOrAlias) {
        if (idOrAlias == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(datasetIdByKey.get(normalise(idOrAlias))).map(id -> datasets.get(id).entry());
    }

    public Optional<DataSourceEntry> source(String id) {
        return Optional.ofNullable(sources.get(id)).map(Located::entry);
    }

    public Optional<JurisdictionNote> jurisdiction(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(jurisdictions.get(code.trim().toUpperCase(Locale.ROOT))).map(Located::entry);
    }

    public List<DatasetEntry> datasets() {
        return datasets.values().stream().map(Located::entry).toList();
    }

    public List<DataSourceEntry> sources() {
        return sources.values().stream().map(Located::entry).toList();
    }

    public List<JurisdictionNote> jurisdictions() {
        return jurisdictions.values().stream().map(Located::entry).toList();
    }

    static String normalise(String key) {
        String k = key.trim().toLowerCase(Locale.ROOT);
        for (String prefix : List.of("https://huggingface.co/datasets/", "http://huggingface.co/datasets/", "hf://datasets/", "datasets/")) {
            if (k.startsWith(prefix)) {
                k = k.substring(prefix.length());
            }
        }
        return k.endsWith("/") ? k.substring(0, k.length() - 1) : k;
    }

    private static <T> List<Located<T>> stored(Collection<T> entries) {
        return entries.stream().map(e -> new Located<>(STORED, e)).toList();
    }

    private static <T> Map<String, Located<T>> index(List<Located<T>> entries, java.util.function.Function<Located<T>, String> key) {
        Map<String, Located<T>> map = new LinkedHashMap<>();
        entries.stream().sorted(Comparator.comparing(key)).forEach(l -> {
            if (map.putIfAbsent(key.apply(l), l) != null) {
                throw new KnowledgeValidationException(l.origin(), key.apply(l), "id already defined in " + map.get(key.apply(l)).origin());
            }
        });
        return java.util.Collections.unmodifiableMap(map);
    }
}
