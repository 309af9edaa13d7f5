package io.modelintake.license.euaiact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelintake.contracts.Severity;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EuAiActRulesTests {

    private static final EuAiActRules BUNDLED = EuAiActRules.loadBundled();

    @Test
    void theBundledRulesCiteEveryProvisionTheyUseWithItsWordsAndWhereTheyWereRead() {
        assertThat(BUNDLED.version()).isNotBlank();
        assertThat(BUNDLED.scope()).containsExactly("EU");
        assertThat(BUNDLED.rules()).allSatisfy(rule -> {
            assertThat(rule.cites()).as(rule.id()).isNotEmpty();
            assertThat(rule.appliesFrom()).as(rule.id()).isNotNull();
        });
        assertThat(BUNDLED.provisions().values()).allSatisfy(provision -> {
            assertThat(provision.url()).startsWith("http");
            assertThat(provision.checked()).isNotNull();
            assertThat(provision.readAt()).startsWith("https://");
        });
        assertThat(BUNDLED.rules().stream().filter(rule -> rule.id().startsWith("EU_AI_ACT_ART5_")))
                .hasSize(10).allSatisfy(rule -> assertThat(rule.severity()).isEqualTo(Severity.BLOCKER));
    }

    @Test
    void theDatesAreThoseOfArticle113AsAmended() {
        assertThat(BUNDLED.dates().get("PROHIBITIONS").from()).isEqualTo(LocalDate.of(2025, 2, 2));
        assertThat(BUNDLED.dates().get("GPAI").from()).isEqualTo(LocalDate.of(2025, 8, 2));
        assertThat(BUNDLED.dates().get("GENERAL").from()).isEqualTo(LocalDate.of(2026, 8, 2));
        assertThat(BUNDLED.dates().get("HIGH_RISK_ANNEX_III").from()).isEqualTo(LocalDate.of(2027, 12, 2));
        assertThat(BUNDLED.dates().get("HIGH_RISK_ANNEX_III").provision().quote()).startsWith("2 December 2027");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            unknown provision    | cites: [ART_Z]             | cites: [ART_X]                             | rule EU_AI_ACT_X | cites unknown provision 'ART_X'
            unknown date         | appliesFrom: GENERAL       | appliesFrom: LATER                         | rule EU_AI_ACT_X | unknown date 'LATER'
            no obligations       | obligations: [Mark it]   | obligations: []                            | rule EU_AI_ACT_X | CONDITIONAL without obligations
            lower-case id        | id: EU_AI_ACT_X            | id: eu_ai_act_x                            | rule eu_ai_act_x | UPPER_SNAKE_CASE
            empty condition      | when: {roles: [PROVIDER]}  | when: {}                                   | rule EU_AI_ACT_X | must constrain something
            unanswered asks role | when: {roles: [PROVIDER]}  | when: {answered: false, roles: [PROVIDER]} | rule EU_AI_ACT_X | did not answer it
            unknown role         | when: {roles: [PROVIDER]}  | when: {roles: [OPERATOR]}                  | rules.yaml       | OPERATOR
            unknown scope        | scope: [EU]                | scope: [MERCOSUR]                          | scope            | 'MERCOSUR' is not a group
            quote without source | url: https://example.org/g | url: https://example.org/g\\n    quote: x    | provision ART_Y  | without naming the `text`
            unread text          | text: consolidated         | text: memory                               | provision ART_Z  | unknown source text 'memory'
            """)
    void refusesABrokenRulesFileNamingTheEntry(String name, String from, String to, String entry, String problem) {
        String broken = MINIMAL.replace(from, to.replace("\\n", "\n"));
        assertThat(broken).as(name).isNotEqualTo(MINIMAL);
        assertThatThrownBy(() -> EuAiActRules.load(stream(broken), "rules.yaml"))
                .as(name)
                .isInstanceOf(InvalidRulesException.class)
                .hasMessageContaining("rules.yaml")
                .hasMessageContaining(entry)
                .hasMessageContaining(problem);
    }

    @Test
    void theMinimalFileLoads() {
        EuAiActRules rules = EuAiActRules.load(stream(MINIMAL), "minimal.yaml");
        assertThat(rules.rules()).extracting(ScreenRule::id).containsExactly("EU_AI_ACT_X");
        assertThat(rules.provisions().get("ART_Y").quote()).isNull();
        assertThat(rules.provisions().get("ART_Z").citation().clause()).isEqualTo("Art. 50(2): \"Providers shall\"");
    }

    private static final String MINIMAL = """
            version: "1"
            regulation: Regulation (EU) 2024/1689
            scope: [EU]
            regulationUrl: http://data.europa.eu/eli/reg/2024/1689/oj
            sources:
              consolidated: {url: "https://example.org/text", checked: 2026-12-02}
            dates:
              - {id: GENERAL, from: 2026-08-02, provision: ART_Z, what: the rest}
            provisions:
              ART_Z:
                cite: Art. 50(2)
                text: consolidated
                quote: Providers shall
              ART_Y:
                cite: Guidelines
                url: https://example.org/g
                checked: 2026-12-02
            rules:
              - id: EU_AI_ACT_X
                code: EU_AI_ACT_TRANSPARENCY
                severity: WARNING
                verdict: CONDITIONAL
                appliesFrom: GENERAL
                when: {roles: [PROVIDER]}
                message: Mark it.
                obligations: [Mark it]
                cites: [ART_Z]
            """;

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
