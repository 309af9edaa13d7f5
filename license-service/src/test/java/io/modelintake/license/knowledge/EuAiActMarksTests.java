package io.modelintake.license.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The EU AI Act marks of known models: only what can be cited, and never a contradiction of Art. 53(2). */
class EuAiActMarksTests {

    @Test
    void theBundledMarksRestOnTheirSources() {
        KnowledgeSnapshot bundled = LicenseKnowledge.loadBundled();
        EuAiActMarks mistral = bundled.model("mistralai/Mistral-7B-v0.1").orElseThrow().euAiActMarks();
        assertThat(mistral.marked()).containsExactly(EuAiActMarks.GENERAL_PURPOSE, EuAiActMarks.OPEN_SOURCE_EXEMPTION);
        assertThat(bundled.model("meta-llama/Llama-3.1-8B").orElseThrow().euAiActMarks().marked())
                .containsExactly(EuAiActMarks.GENERAL_PURPOSE);
        assertThat(bundled.model("microsoft/resnet-50").orElseThrow().euAiActMarks().marked()).isEmpty();
        assertThat(bundled.models().stream().map(ModelEntry::euAiActMarks).flatMap(marks -> marks.sources().stream()))
                .isNotEmpty()
                .allSatisfy(source -> {
                    assertThat(source.url()).startsWith("https://");
                    assertThat(source.clause()).isNotBlank();
                    assertThat(source.checked()).isNotNull();
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            systemic risk and open source | generalPurpose: true, systemicRisk: true, openSourceExemption: true | Art. 53(2) excludes
            open source without gpai      | openSourceExemption: true                                          | without generalPurpose
            a mark without its source     | generalPurpose: true, systemicRisk: true                           | marks systemicRisk without a source
            no mark at all                | generalPurpose: false                                              | sets no mark
            """)
    void refusesMarksThatCannotStand(String name, String marks, String problem) {
        LicenseKnowledgeFiles.assertModelRefused(name, """
                  euAiAct: {%s, sources: [{mark: generalPurpose, url: "https://example.org/card", clause: card, checked: '2026-12-02'}%s]}
                """.formatted(marks, marks.contains("openSourceExemption: true")
                ? ", {mark: openSourceExemption, url: https://example.org/card, clause: licence, checked: '2026-12-02'}"
                : ""), problem);
    }
}
