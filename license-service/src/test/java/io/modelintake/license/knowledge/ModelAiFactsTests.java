package io.modelintake.license.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A known model's domain and type (SPDX's AI profile): stated only with the card's words, and left out otherwise. */
class ModelAiFactsTests {

    @Test
    void theLlama31FamilyStatesItsDomainAndTypeWithTheCardsWords() {
        KnowledgeSnapshot bundled = LicenseKnowledge.loadBundled();
        ModelAiFacts instruct = bundled.model("meta-llama/Llama-3.1-8B-Instruct").orElseThrow().ai();

        assertThat(instruct.domain()).containsExactly("natural language processing");
        assertThat(instruct.typeOfModel()).containsExactly("auto-regressive language model", "transformer");
        assertThat(instruct.quote()).contains("text in/text out", "optimized transformer architecture");
        assertThat(bundled.model("microsoft/resnet-50").orElseThrow().ai()).as("not read: left out").isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no quote          | {domain: [vision], url: 'https://example.org/card', checked: '2026-12-02'}               | need the url, quote and checked date
            no url            | {domain: [vision], quote: 'an image classifier', checked: '2026-12-02'}                  | need the url, quote and checked date
            states no fact    | {url: 'https://example.org/card', quote: 'a model', checked: '2026-12-02'}               | neither domain nor typeOfModel
            """)
    void refusesFactsWithoutTheirSource(String name, String ai, String problem) {
        LicenseKnowledgeFiles.assertModelRefused(name, "  ai: " + ai + "\n", problem);
    }

}
