package io.modelintake.license.euaiact;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Citation;
import io.modelintake.contracts.EuAiAct;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.IntendedUse;
import io.modelintake.contracts.Jurisdictions;
import io.modelintake.contracts.ModelRequest;
import io.modelintake.contracts.ModelSpec;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.Verdict;
import io.modelintake.license.evaluation.LicenseEvaluator;
import io.modelintake.license.evaluation.ModelCards;
import io.modelintake.license.knowledge.KnowledgeSnapshot;
import io.modelintake.license.knowledge.LicenseKnowledge;
import io.modelintake.license.knowledge.LicenseKnowledgeFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * One row per case (cases/eu-ai-act-cases.csv): a model, where, what the company does and its EU AI Act block, the
 * day it was submitted; the rule that must fire (or must not), the finding it gives and the provision it cites.
 * The lineage is resolved by the licence evaluation over the bundled knowledge and the fixture models of
 * euaiact/fixture-models.yaml (a model marked with systemic risk, which no bundled entry can yet cite).
 */
class EuAiActScreenCasesTests {

    static final String CASES = "/cases/eu-ai-act-cases.csv";
    static final KnowledgeSnapshot KNOWLEDGE = knowledgeWithFixtures();
    static final EuAiActRules RULES = EuAiActRules.loadBundled();

    private final EuAiActScreen screen = new EuAiActScreen(RULES, Jurisdictions.standard());
    private final LicenseEvaluator evaluator = new LicenseEvaluator();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = CASES, delimiter = '|', numLinesToSkip = 1, maxCharsPerColumn = 2000)
    void screensTheCase(String name, String model, String jurisdictions, String activities, String role, String area,
            String exemption, Boolean interacts, String synthetic, String practices, LocalDate submitted,
            String ruleId, boolean fires, Severity severity, Verdict verdict, String subject, String cites,
            String text) {
        ModelRequest request = request(model, jurisdictions, activities, role == null ? null
                : new EuAiAct(EuAiAct.Role.valueOf(role), area == null ? null : EuAiAct.AnnexIIIArea.valueOf(area),
                        exemption, interacts, list(synthetic, EuAiAct.SyntheticContent::valueOf),
                        list(practices, EuAiAct.Practice::valueOf)), submitted);

        List<Finding> findings = screen.screen(request,
                evaluator.evaluate(request, ModelCards.none(), KNOWLEDGE).lineage(), KNOWLEDGE);
        List<Finding> fired = findings.stream().filter(finding -> ruleId.equals(finding.ruleId())).toList();

        if (!fires) {
            assertThat(fired).as("%s: rule %s must not fire; findings %s", name, ruleId, findings).isEmpty();
            return;
        }
        assertThat(fired).as("%s: rule %s must fire; fired %s", name, ruleId,
                findings.stream().map(Finding::ruleId).toList()).isNotEmpty();
        Finding finding = fired.get(0);
        assertThat(finding.severity()).as("%s: severity", name).isEqualTo(severity);
        assertThat(finding.verdict()).as("%s: verdict", name).isEqualTo(verdict);
        assertThat(finding.subject().kind().json() + " " + finding.subject().id()).as("%s: subject", name)
                .isEqualTo(subject);
        assertThat(finding.citations()).as("%s: a citation of %s", name, cites)
                .extracting(Citation::clause).anyMatch(clause -> clause.startsWith(cites));
        if (text != null) {
            assertThat(Stream.concat(Stream.of(finding.message()), finding.obligations().stream()))
                    .as("%s: message or obligation containing '%s'", name, text)
                    .anyMatch(line -> line.contains(text));
        }
    }

    @Test
    void everyRuleHasACaseWhereItFiresAndTheFileHasSixtyRowsEachCitingAProvision() throws IOException {
        List<String[]> rows = rows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(60);
        assertThat(rows).allSatisfy(row -> assertThat(row[16]).as("row '%s' cites", row[0]).isNotBlank());
        Set<String> firing = new LinkedHashSet<>();
        rows.stream().filter(row -> Boolean.parseBoolean(row[12])).forEach(row -> firing.add(row[11]));
        assertThat(firing).containsAll(RULES.rules().stream().map(ScreenRule::id).toList());
    }

    static List<String[]> rows() throws IOException {
        try (InputStream in = EuAiActScreenCasesTests.class.getResourceAsStream(CASES)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split("\\|", -1))
                    .toList();
        }
    }

    static ModelRequest request(String model, String jurisdictions, String activities, EuAiAct block,
            LocalDate submitted) {
        ModelSpec spec = new ModelSpec(model, "huggingface", model, "main", null, null, null, List.of(), List.of());
        IntendedUse use = new IntendedUse(list(activities, Activity::valueOf), Arrays.asList(jurisdictions.split(" ")),
                null, null, "case", block);
        Instant at = (submitted == null ? LocalDate.of(2026, 12, 2) : submitted).atStartOfDay().toInstant(ZoneOffset.UTC);
        return new ModelRequest(UUID.fromString("00000000-0000-0000-0000-000000000017"), "alice", at, spec, use);
    }

    private static <T> List<T> list(String text, Function<String, T> parse) {
        return text == null ? List.of() : Arrays.stream(text.split(" ")).map(parse).toList();
    }

    private static KnowledgeSnapshot knowledgeWithFixtures() {
        try (InputStream in = EuAiActScreenCasesTests.class.getResourceAsStream("/euaiact/fixture-models.yaml")) {
            Map<String, String> files = new HashMap<>(LicenseKnowledgeFiles.bundled());
            files.put("models/zz-fixture-models.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return new LicenseKnowledge().load(files);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
