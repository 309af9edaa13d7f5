package io.modelintake.license.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LicenseKnowledgeTests {

    private static final KnowledgeSnapshot BUNDLED = LicenseKnowledge.loadBundled();

    @Test
    void bundledKnowledgeLoadsWithAVersion() {
        assertThat(BUNDLED.version()).startsWith("license-knowledge-");
        assertThat(LicenseKnowledge.loadBundled().version()).isEqualTo(BUNDLED.version());
        assertThat(BUNDLED.licenses()).hasSizeGreaterThanOrEqualTo(70);
        assertThat(BUNDLED.models()).hasSizeGreaterThanOrEqualTo(300);
        assertThat(BUNDLED.addendaFor("RunDiffusion/Juggernaut-XL-v9")).isNotEmpty();
    }

    @Test
    void theIndexListsEveryKnowledgeFile() {
        assertThat(LicenseKnowledge.indexedFiles(LicenseKnowledge.ROOT))
                .as("src/main/resources/knowledge/index.txt must list every knowledge file")
                .isEqualTo(LicenseKnowledge.classpathFiles(LicenseKnowledge.ROOT));
    }

    @Test
    void everyLicenceCoversEveryActivityWithASource() {
        for (LicenseEntry license : BUNDLED.licenses()) {
            assertThat(license.activities().keySet()).as(license.id()).containsExactlyInAnyOrder(Activity.values());
            assertThat(license.sourceUrl()).as(license.id()).startsWith("http");
            assertThat(license.checked()).as(license.id()).isNotNull();
        }
    }

    @Test
    void huggingFaceTagsResolveThroughAliases() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("apache-2.0", "Apache-2.0"),
                Map.entry("mit", "MIT"),
                Map.entry("creativeml-openrail-m", "LicenseRef-CreativeML-OpenRAIL-M"),
                Map.entry("openrail++", "LicenseRef-CreativeML-OpenRAIL-PlusPlus-M"),
                Map.entry("openrail", "LicenseRef-OpenRAIL-M"),
                Map.entry("bigscience-openrail-m", "LicenseRef-BigScience-OpenRAIL-M"),
                Map.entry("bigscience-bloom-rail-1.0", "LicenseRef-BigScience-BLOOM-RAIL-1.0"),
                Map.entry("llama2", "LicenseRef-Llama-2-Community"),
                Map.entry("llama3", "LicenseRef-Llama-3-Community"),
                Map.entry("llama3.1", "LicenseRef-Llama-3.1-Community"),
                Map.entry("llama3.2", "LicenseRef-Llama-3.2-Community"),
                Map.entry("llama3.3", "LicenseRef-Llama-3.3-Community"),
                Map.entry("gemma", "LicenseRef-Gemma-Terms-of-Use"),
                Map.entry("cc-by-nc-4.0", "CC-BY-NC-4.0"),
                Map.entry("agpl-3.0", "AGPL-3.0-only"),
                Map.entry("flux-1-dev-non-commercial-license", "LicenseRef-FLUX-1-dev-Non-Commercial"),
                Map.entry("stabilityai-ai-community", "LicenseRef-Stability-AI-Community"),
                Map.entry("nvidia-source-code-license-nc", "LicenseRef-NVIDIA-Source-Code-License-NC"));
        expected.forEach((alias, id) ->
                assertThat(BUNDLED.license(alias)).as(alias).map(LicenseEntry::id).contains(id));
        assertThat(BUNDLED.license("other")).as("'other' names no single licence").isEmpty();
    }

    @Test
    void entriesRoundTripAsJsonAndRebuildTheSameSnapshot() throws Exception {
        ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
        List<LicenseEntry> licenses = new ArrayList<>();
        for (LicenseEntry entry : BUNDLED.licenses()) {
            licenses.add(json.readValue(json.writeValueAsString(entry), LicenseEntry.class));
        }
        assertThat(licenses).containsExactlyInAnyOrderElementsOf(BUNDLED.licenses());
        KnowledgeSnapshot rebuilt = KnowledgeSnapshot.of("db-1", licenses, BUNDLED.addenda(), BUNDLED.models());
        assertThat(rebuilt.version()).isEqualTo("db-1");
        assertThat(rebuilt.license("llama3.1")).isPresent();
    }

    @Test
    void replacingOneLicenceGivesANewSnapshot() {
        LicenseEntry mit = BUNDLED.license("MIT").orElseThrow();
        Map<Activity, ActivityTerm> terms = new HashMap<>(mit.activities());
        terms.put(Activity.DISTILL, new ActivityTerm(Verdict.UNSPECIFIED, List.of(), null, null, null, "curated", null));
        LicenseEntry changed = new LicenseEntry(mit.id(), mit.name(), mit.category(), mit.aliases(), mit.sourceUrl(),
                mit.checked(), terms, mit.thresholds(), mit.jurisdictionTerms(), mit.flowsDown(), mit.exceptions(), null, "edited");

        KnowledgeSnapshot next = BUNDLED.withLicense("v2", changed);

        assertThat(next.version()).isEqualTo("v2");
        assertThat(next.license("mit").orElseThrow().term(Activity.DISTILL).verdict()).isEqualTo(Verdict.UNSPECIFIED);
        assertThat(BUNDLED.license("mit").orElseThrow().term(Activity.DISTILL).verdict()).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void aJurisdictionTermNamingAnUnknownGroupIsRejected() {
        Map<String, String> files = bundledFilesWith("licenses/llama3-2.yaml",
                text -> text.replaceFirst("\\n  - EU\\n", "\n  - EUROPE\n"));
        assertThatThrownBy(() -> new LicenseKnowledge().load(files))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("licenses/llama3-2.yaml")
                .hasMessageContaining("EUROPE")
                .hasMessageContaining("jurisdiction-groups.yaml");
    }

    @Test
    void theLlama32EuTermNamesTheEuGroupNotAHandWrittenList() {
        JurisdictionTerm term = BUNDLED.license("llama3.2").orElseThrow().jurisdictionTerms().get(0);
        assertThat(term.jurisdictions()).containsExactly("EU");
    }

    @Test
    void aLicenceMissingAnActivityIsRejectedWithFileAndEntry() {
        Map<String, String> files = bundledFilesWith("licenses/mit.yaml",
                text -> text.replaceFirst("(?s)  DISTILL:\\n    verdict: ALLOWED\\n    clause: [^\\n]*\\n", ""));
        assertThatThrownBy(() -> new LicenseKnowledge().load(files))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("licenses/mit.yaml")
                .hasMessageContaining("MIT")
                .hasMessageContaining("DISTILL");
    }

    @Test
    void aLicenceWithoutSourceIsRejected() {
        Map<String, String> files = bundledFilesWith("licenses/zlib.yaml",
                text -> text.replaceFirst("sourceUrl: [^\\n]*\\n", ""));
        assertThatThrownBy(() -> new LicenseKnowledge().load(files))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("licenses/zlib.yaml (licence Zlib)")
                .hasMessageContaining("sourceUrl");
    }

    @Test
    void anAliasOfTwoLicencesIsRejected() {
        Map<String, String> files = bundledFilesWith("licenses/zlib.yaml", text -> text.replace("- zlib", "- mit"));
        assertThatThrownBy(() -> new LicenseKnowledge().load(files))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("alias 'mit'");
    }

    @Test
    void anUnknownSpdxIdIsRejected() {
        Map<String, String> files = bundledFilesWith("licenses/zlib.yaml", text -> text.replace("id: Zlib", "id: Zlib-9"));
        assertThatThrownBy(() -> new LicenseKnowledge().load(files))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("Zlib-9")
                .hasMessageContaining("SPDX");
    }

    @Test
    void anUnknownBaseModelIsRejected() {
        Map<String, String> files = bundledFilesWith("models/mistral.yaml",
                text -> text.replace("- mistralai/Mixtral-8x7B-v0.1", "- mistralai/Nowhere-1"));
        assertThatThrownBy(() -> new LicenseKnowledge().load(files))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("models/mistral.yaml")
                .hasMessageContaining("mistralai/Nowhere-1");
    }

    @Test
    void aModelWithAnUnknownLicenceIsRejected() {
        Map<String, String> files = bundledFilesWith("models/mistral.yaml",
                text -> text.replaceFirst("license: apache-2.0", "license: no-such-licence"));
        assertThatThrownBy(() -> new LicenseKnowledge().load(files))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("model mistralai/Mistral-7B-v0.1")
                .hasMessageContaining("no-such-licence");
    }

    @Test
    void anAddendumOfAnUnknownLicenceIsRejected() {
        Map<String, String> files = bundledFilesWith("addenda/juggernaut-xl.yaml",
                text -> text.replace("license: LicenseRef-CreativeML-OpenRAIL-M", "license: LicenseRef-Nope"));
        assertThatThrownBy(() -> new LicenseKnowledge().load(files))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("juggernaut-xl-no-api-service")
                .hasMessageContaining("LicenseRef-Nope");
    }

    private static Map<String, String> bundledFilesWith(String file, java.util.function.UnaryOperator<String> change) {
        Map<String, String> files = new HashMap<>(LicenseKnowledge.classpathFiles(LicenseKnowledge.ROOT));
        String original = files.get(file);
        assertThat(original).as(file).isNotNull();
        String changed = change.apply(original);
        assertThat(changed).as("the test changes " + file).isNotEqualTo(original);
        files.put(file, changed);
        return files;
    }
}
