package io.modelintake.approval.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.contracts.Citation;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.SubjectKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class AcceptanceCheckTests {

    private static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");
    private static final Citation CLICK_THROUGH = new Citation("https://www.llama.com/llama3_1/license/",
            "preamble: \"By clicking “I Accept” below ...\"");

    private final AcceptanceCheck check = new AcceptanceCheck();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/cases/license-acceptances.csv", delimiter = '|', numLinesToSkip = 1)
    void findsTheClickThroughLicencesTheRequestsEntityHasNotAcceptedInThisText(String name, String entity,
            String licenceId, String hash, boolean clickThrough, String accepted, boolean missing) {
        Lineage.LicenseTerms licence = new Lineage.LicenseTerms(licenceId, licenceId, hash,
                clickThrough ? CLICK_THROUGH : null);

        List<Finding> findings = check.findings("acme/model", entity, List.of(licence), acceptances(accepted));

        assertThat(findings).as(name).hasSize(missing ? 1 : 0);
        if (missing) {
            Finding finding = findings.get(0);
            assertThat(finding.code()).isEqualTo("LICENSE_ACCEPTANCE_MISSING");
            assertThat(finding.ruleId()).isEqualTo("LICENSE_ACCEPTANCE_MISSING");
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.subject().kind()).isEqualTo(SubjectKind.LICENSE);
            assertThat(finding.subject().id()).isEqualTo(licenceId);
            assertThat(finding.citations()).containsExactly(CLICK_THROUGH);
            assertThat(finding.message()).contains("acme/model");
            assertThat(finding.obligations()).singleElement().asString()
                    .startsWith("Accept " + licenceId).contains(entity == null ? "the company entity" : entity);
        }
    }

    @Test
    void aChangedTextNamesWhoAcceptedWhichEarlierText() {
        Lineage.LicenseTerms licence = new Lineage.LicenseTerms("LicenseRef-Llama-3.1-Community", "Llama 3.1",
                "bf2eac60b81e5c5f779fc3b4849d3bfacfd63f97f3eb68b44e9c6868c5801712", CLICK_THROUGH);

        List<Finding> findings = check.findings("acme/model", "Acme GmbH", List.of(licence),
                acceptances("Acme GmbH:LicenseRef-Llama-3.1-Community:00000000000000aa"));

        assertThat(findings).singleElement().extracting(Finding::message).asString()
                .contains("Only another entity or an earlier text was accepted", "Acme GmbH", "sha256:00000000000000aa".substring(0, 19),
                        "sha256:bf2eac60b81e");
    }

    @Test
    void anotherEntitysAcceptanceIsNamedButDoesNotCount() {
        Lineage.LicenseTerms licence = new Lineage.LicenseTerms("LicenseRef-Llama-3.1-Community", "Llama 3.1",
                "bf2eac60b81e5c5f779fc3b4849d3bfacfd63f97f3eb68b44e9c6868c5801712", CLICK_THROUGH);

        List<Finding> findings = check.findings("acme/model", "Acme Japan KK", List.of(licence), acceptances(
                "Acme GmbH:LicenseRef-Llama-3.1-Community:bf2eac60b81e5c5f779fc3b4849d3bfacfd63f97f3eb68b44e9c6868c5801712"));

        assertThat(findings).singleElement().extracting(Finding::message).asString()
                .startsWith("Acme Japan KK has not recorded its acceptance").contains("Acme GmbH accepted the text");
    }

    private static List<LicenseAcceptance> acceptances(String accepted) {
        List<LicenseAcceptance> acceptances = new ArrayList<>();
        if (accepted == null || accepted.isBlank()) {
            return acceptances;
        }
        for (String one : accepted.split(",")) {
            String[] parts = one.split(":", -1);
            acceptances.add(new LicenseAcceptance(UUID.randomUUID(), parts[1], parts[1],
                    parts[2].isEmpty() ? null : parts[2], parts[0], "erin", AT, List.of("acme/model"), null, null));
        }
        return acceptances;
    }
}
