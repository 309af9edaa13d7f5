package io.modelintake.dataset.knowledge;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.DumperOptions;

/**
 * Loads the dataset knowledge bundled under {@code knowledge/} on the classpath: {@code index.yaml} names the
 * version and the files; each file holds a list under {@code datasets:}, {@code sources:} or
 * {@code jurisdictions:} (YAML anchors under {@code templates:} may share repeated terms). A file or entry that
 * does not parse or validate throws a {@link KnowledgeValidationException} naming both.
 */
public final class DatasetKnowledge {

    public static final String BUNDLED_ROOT = "knowledge/";

    private final ClassLoader classLoader;
    private final String root;

    public DatasetKnowledge(ClassLoader classLoader, String root) {
        this.classLoader = classLoader;
        this.root = root.endsWith("/") ? root : root + "/";
    }

    /** The knowledge shipped with the service. */
    public static DatasetSnapshot loadBundled() {
        return new DatasetKnowledge(DatasetKnowledge.class.getClassLoader(), BUNDLED_ROOT).load();
    }

    /** A mapper that reads and writes entries as the registry stores them (JSON, ISO dates, no unknown fields). */
    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    public DatasetSnapshot load() {
        String indexFile = root + "index.yaml";
        Map<String, Object> index = readYaml(indexFile);
        String version = String.valueOf(index.get("version"));
        ObjectMapper mapper = mapper();
        List<Located<DatasetEntry>> datasets = new ArrayList<>();
        List<Located<DataSourceEntry>> sources = new ArrayList<>();
        List<Located<JurisdictionNote>> jurisdictions = new ArrayList<>();
        for (String file : files(index, "datasets", indexFile)) {
            datasets.addAll(read(mapper, root + file, "datasets", DatasetEntry.class));
        }
        for (String file : files(index, "sources", indexFile)) {
            sources.addAll(read(mapper, root + file, "sources", DataSourceEntry.class));
        }
        for (String file : files(index, "jurisdictions", indexFile)) {
            jurisdictions.addAll(read(mapper, root + file, "jurisdictions", JurisdictionNote.class));
        }
        return DatasetSnapshot.located(version, datasets, sources, jurisdictions);
    }

    private <T> List<Located<T>> read(ObjectMapper mapper, String file, String section, Class<T> type) {
        Object list = readYaml(file).get(section);
        if (!(list instanceof List<?> entries)) {
            throw new KnowledgeValidationException(file, section, "file has no list under '" + section + ":'");
        }
        List<Located<T>> result = new ArrayList<>();
        for (Object raw : entries) {
            String name = raw instanceof Map<?, ?> map ? String.valueOf(map.get("id")) : String.valueOf(raw);
            try {
                result.add(new Located<>(file, mapper.convertValue(raw, type)));
            } catch (IllegalArgumentException e) {
                throw new KnowledgeValidationException(file, name, "does not parse: " + e.getMessage(), e);
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static List<String> files(Map<String, Object> index, String key, String indexFile) {
        Object files = index.get(key);
        if (!(files instanceof List<?>)) {
            throw new KnowledgeValidationException(indexFile, key, "index lists no files under '" + key + ":'");
        }
        return (List<String>) files;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> readYaml(String file) {
        try (InputStream in = classLoader.getResourceAsStream(file)) {
            if (in == null) {
                throw new KnowledgeValidationException(file, "-", "file not found on the classpath");
            }
            Object doc = yaml().load(in);
            if (!(doc instanceof Map<?, ?>)) {
                throw new KnowledgeValidationException(file, "-", "not a YAML mapping");
            }
            return (Map<String, Object>) doc;
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new KnowledgeValidationException(file, "-", "invalid YAML: " + e.getMessage(), e);
        }
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(2000);
        options.setAllowDuplicateKeys(false);
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new DatesAsText());
    }

    /** Resolves YAML scalars as usual except timestamps, which stay text so Jackson reads them as {@code LocalDate}. */
    private static final class DatesAsText extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.INT, INT, "-+0123456789");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.MERGE, MERGE, "<");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, EMPTY, null);
        }
    }
}
