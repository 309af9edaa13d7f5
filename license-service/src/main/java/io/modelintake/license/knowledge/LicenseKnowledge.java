package io.modelintake.license.knowledge;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the licence knowledge (YAML under {@code knowledge/licenses}, {@code addenda}, {@code models}) from the
 * classpath into a validated {@link KnowledgeSnapshot}. A file holds one entry or a list of entries. The
 * version is a digest of the files' content, so the same data always has the same version.
 */
public final class LicenseKnowledge {

    public static final String ROOT = "knowledge";
    /** Lists the knowledge files for class loaders that cannot list a directory; a test keeps it complete. */
    public static final String INDEX = "index.txt";

    private final ObjectMapper yaml;

    public LicenseKnowledge() {
        this.yaml = JsonMapper.builder(new YAMLFactory())
                .findAndAddModules()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** The knowledge bundled with the service. */
    public static KnowledgeSnapshot loadBundled() {
        return new LicenseKnowledge().load(classpathFiles(ROOT));
    }

    /** Loads from {@code files}: relative path (e.g. {@code licenses/mit.yaml}) to YAML text. */
    public KnowledgeSnapshot load(Map<String, String> files) {
        Map<String, String> origins = new LinkedHashMap<>();
        List<LicenseEntry> licenses = new ArrayList<>();
        List<AddendumEntry> addenda = new ArrayList<>();
        List<ModelEntry> models = new ArrayList<>();
        MessageDigest digest = sha256();
        new TreeMap<>(files).forEach((file, text) -> {
            digest.update(file.getBytes(StandardCharsets.UTF_8));
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            if (file.startsWith("licenses/")) {
                for (LicenseEntry entry : read(file, text, LicenseEntry.class)) {
                    origins.put("license:" + entry.id(), file + " (licence " + entry.id() + ")");
                    licenses.add(entry);
                }
            } else if (file.startsWith("addenda/")) {
                for (AddendumEntry entry : read(file, text, AddendumEntry.class)) {
                    origins.put("addendum:" + entry.id(), file + " (addendum " + entry.id() + ")");
                    addenda.add(entry);
                }
            } else if (file.startsWith("models/")) {
                for (ModelEntry entry : read(file, text, ModelEntry.class)) {
                    origins.put("model:" + entry.repoId(), file + " (model " + entry.repoId() + ")");
                    models.add(entry);
                }
            }
        });
        String version = "license-knowledge-" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        return KnowledgeSnapshot.of(version, licenses, addenda, models, origins);
    }

    private <T> List<T> read(String file, String text, Class<T> type) {
        try {
            JsonNode node = yaml.readTree(text);
            if (node == null || node.isMissingNode() || node.isNull()) {
                throw new KnowledgeException(file + ": empty file");
            }
            List<T> entries = new ArrayList<>();
            if (node.isArray()) {
                int index = 0;
                for (JsonNode element : node) {
                    entries.add(convert(file + " entry #" + index++ + " " + element.path("id").asText(
                            element.path("repoId").asText("")), element, type));
                }
            } else {
                entries.add(convert(file, node, type));
            }
            return entries;
        } catch (IOException e) {
            throw new KnowledgeException(file + ": not valid YAML: " + e.getMessage(), e);
        }
    }

    private <T> T convert(String where, JsonNode node, Class<T> type) {
        try {
            return yaml.treeToValue(node, type);
        } catch (IOException | IllegalArgumentException e) {
            throw new KnowledgeException(where + ": " + e.getMessage(), e);
        }
    }

    /**
     * Every YAML file under {@code root} on the classpath, keyed by relative path. Read from the directory or jar
     * when the class loader exposes it, else through {@code root/index.txt} (one relative path a line), which
     * class loaders that hide directories still serve.
     */
    static Map<String, String> classpathFiles(String root) {
        ClassLoader loader = LicenseKnowledge.class.getClassLoader();
        URL url = loader.getResource(root);
        if (url != null && ("file".equals(url.getProtocol()) || "jar".equals(url.getProtocol()))) {
            try {
                URI uri = url.toURI();
                if ("jar".equals(uri.getScheme())) {
                    try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                        return readTree(jar.provider().getPath(uri));
                    } catch (FileSystemAlreadyExistsException e) {
                        // someone else opened the jar; read through theirs and leave it open
                        return readTree(FileSystems.getFileSystem(uri).provider().getPath(uri));
                    }
                }
                return readTree(Path.of(uri));
            } catch (IOException | URISyntaxException | RuntimeException e) {
                return indexedFiles(root);
            }
        }
        return indexedFiles(root);
    }

    /** One YAML resource of the knowledge (e.g. {@code knowledge/sources/…}) read as {@code type}; unknown fields fail. */
    static <T> T readResource(String name, Class<T> type) {
        try {
            return JsonMapper.builder(new YAMLFactory()).findAndAddModules()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(resource(LicenseKnowledge.class.getClassLoader(), name), type);
        } catch (IOException e) {
            throw new KnowledgeException(name + ": not valid: " + e.getMessage(), e);
        }
    }

    /** The files {@code root/index.txt} lists. */
    static Map<String, String> indexedFiles(String root) {
        ClassLoader loader = LicenseKnowledge.class.getClassLoader();
        String index = resource(loader, root + "/" + INDEX);
        Map<String, String> files = new TreeMap<>();
        for (String line : index.split("\\R")) {
            String name = line.trim();
            if (!name.isEmpty() && !name.startsWith("#")) {
                files.put(name, resource(loader, root + "/" + name));
            }
        }
        return files;
    }

    private static String resource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new KnowledgeException("no '" + name + "' on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new KnowledgeException("cannot read '" + name + "': " + e.getMessage(), e);
        }
    }

    private static Map<String, String> readTree(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                String name = dir.relativize(path).toString().replace('\\', '/');
                if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                    try (InputStream in = Files.newInputStream(path)) {
                        files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return files;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
