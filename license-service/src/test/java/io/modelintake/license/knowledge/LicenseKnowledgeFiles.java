package io.modelintake.license.knowledge;

import java.util.Map;

/** The bundled knowledge files, for tests that load them with fixtures of their own beside them. */
public final class LicenseKnowledgeFiles {

    private LicenseKnowledgeFiles() {
    }

    public static Map<String, String> bundled() {
        return LicenseKnowledge.classpathFiles(LicenseKnowledge.ROOT);
    }
}
