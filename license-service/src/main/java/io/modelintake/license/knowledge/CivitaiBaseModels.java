package io.modelintake.license.knowledge;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * CivitAI's {@code baseModel} names mapped to the known models whose licences bind whatever is built on them
 * ({@code knowledge/sources/civitai-base-models.yaml}), with the source the mapping rests on. Immutable.
 */
public final class CivitaiBaseModels {

    /** Where the mapping lives on the classpath. */
    public static final String FILE = LicenseKnowledge.ROOT + "/sources/civitai-base-models.yaml";

    private final String sourceUrl;
    private final LocalDate checked;
    private final Map<String, Mapping> byName;

    /** One CivitAI base model: the known model it means, CivitAI's name for its licence, our id for it, why they may differ. */
    public record Mapping(String civitai, String model, String civitaiLicense, String license, String note) {
    }

    /** The file's shape. */
    record File(String sourceUrl, LocalDate checked, List<Mapping> baseModels) {
    }

    private CivitaiBaseModels(File file) {
        if (file.sourceUrl() == null || !file.sourceUrl().startsWith("http") || file.checked() == null) {
            throw new KnowledgeException(FILE + ": needs a sourceUrl and a checked date");
        }
        this.sourceUrl = file.sourceUrl();
        this.checked = file.checked();
        Map<String, Mapping> names = new HashMap<>();
        for (Mapping mapping : file.baseModels() == null ? List.<Mapping>of() : file.baseModels()) {
            if (mapping.civitai() == null || mapping.model() == null || mapping.license() == null) {
                throw new KnowledgeException(FILE + ": " + mapping + " needs civitai, model and license");
            }
            if (names.putIfAbsent(key(mapping.civitai()), mapping) != null) {
                throw new KnowledgeException(FILE + ": baseModel '" + mapping.civitai() + "' mapped twice");
            }
        }
        this.byName = Map.copyOf(names);
    }

    /** The mapping bundled with the service. */
    public static CivitaiBaseModels loadBundled() {
        return new CivitaiBaseModels(LicenseKnowledge.readResource(FILE, File.class));
    }

    /** Reads the YAML text of the mapping file. */
    public static CivitaiBaseModels parse(String yaml) {
        ObjectMapper mapper = JsonMapper.builder(new YAMLFactory()).findAndAddModules()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try {
            return new CivitaiBaseModels(mapper.readValue(yaml, File.class));
        } catch (IOException e) {
            throw new KnowledgeException(FILE + ": not valid: " + e.getMessage(), e);
        }
    }

    /**
     * Every target is a known model, and its catalogue licence is the one CivitAI names unless a note says why not.
     *
     * @throws KnowledgeException naming the first mapping that breaks a rule
     */
    public CivitaiBaseModels checkAgainst(KnowledgeSnapshot snapshot) {
        for (Mapping mapping : byName.values()) {
            ModelEntry model = snapshot.model(mapping.model()).orElseThrow(() -> new KnowledgeException(FILE
                    + ": baseModel '" + mapping.civitai() + "' maps to '" + mapping.model() + "', not in the catalogue"));
            String canonical = snapshot.expression(model.license()).canonical();
            if (snapshot.license(mapping.license()).isEmpty()) {
                throw new KnowledgeException(FILE + ": baseModel '" + mapping.civitai() + "' names unknown licence '"
                        + mapping.license() + "'");
            }
            if (!canonical.equals(snapshot.expression(mapping.license()).canonical()) && mapping.note() == null) {
                throw new KnowledgeException(FILE + ": baseModel '" + mapping.civitai() + "': CivitAI names "
                        + mapping.license() + " but " + mapping.model() + " is " + canonical + " in the catalogue;"
                        + " add a note saying which binds and why");
            }
        }
        return this;
    }

    /** The known model behind CivitAI's {@code baseModel} name (case and spacing as CivitAI writes them, or not). */
    public Optional<Mapping> of(String baseModel) {
        return baseModel == null ? Optional.empty() : Optional.ofNullable(byName.get(key(baseModel)));
    }

    public String sourceUrl() {
        return sourceUrl;
    }

    public LocalDate checked() {
        return checked;
    }

    public int size() {
        return byName.size();
    }

    private static String key(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
