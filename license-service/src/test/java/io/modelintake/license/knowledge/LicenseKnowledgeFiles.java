package io.modelintake.license.knowledge;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

/** The bundled knowledge files, for tests that load them with fixtures of their own beside them. */
public final class LicenseKnowledgeFiles {

    private LicenseKnowledgeFiles() {
    }

    public static Map<String, String> bundled() {
        return LicenseKnowledge.classpathFiles(LicenseKnowledge.ROOT);
    }

    /**
     * Asserts that the bundled knowledge with one more model, {@code test/model} followed by the YAML lines
     * {@code extra} (indented as its fields), is refused naming the file and {@code problem}.
     */
    public static void assertModelRefused(String name, String extra, String problem) {
        Map<String, String> files = new HashMap<>(bundled());
        files.put("models/zz-test.yaml", """
                - repoId: test/model
                  license: apache-2.0
                  sourceUrl: https://example.org/test/model
                  checked: '2026-12-02'
                """ + extra);

        assertThatThrownBy(() -> new LicenseKnowledge().load(files))
                .as(name)
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("models/zz-test.yaml")
                .hasMessageContaining(problem);
    }
}
