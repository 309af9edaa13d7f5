package io.modelintake.intake.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.contracts.Finding;
import io.modelintake.contracts.IntendedUse;
import io.modelintake.contracts.RequestView;
import io.modelintake.contracts.RiskTier;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.Subject;
import io.modelintake.contracts.SubjectKind;
import io.modelintake.contracts.Verdict;
import io.modelintake.contracts.events.ApprovalDecided;
import io.modelintake.contracts.events.ApprovalOpened;
import io.modelintake.intake.SampleRequests;
import io.modelintake.intake.mapping.RequestMapping;
import io.modelintake.intake.persistence.ModelRequestEntity;
import io.modelintake.intake.service.RequestProgress;
import io.modelintake.intake.service.RequestRegistration;
import io.modelintake.testsupport.KafkaTestResource;
import io.modelintake.testsupport.KeycloakTestResource;
import io.modelintake.testsupport.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A request is for a company entity (the configured default when it names none), and its view shows
 * approval-service's own findings as the last opening or decision stated them.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class ApprovalFindingsTests {

    private static final Instant AT = Instant.parse("2026-12-02T10:00:00Z");
    private static final Finding MISSING = new Finding("LICENSE_ACCEPTANCE_MISSING", Severity.WARNING,
            Subject.of(SubjectKind.LICENSE, "LicenseRef-Llama-3.1-Community"), null, null, Verdict.CONDITIONAL,
            "Acme GmbH has not recorded its acceptance of Llama 3.1", List.of("Accept Llama 3.1 on behalf of Acme GmbH"),
            List.of(), "LICENSE_ACCEPTANCE_MISSING");

    @Inject
    RequestRegistration registration;

    @Inject
    RequestProgress progress;

    @Inject
    RequestMapping mapping;

    @Test
    void aRequestThatNamesNoEntityIsForTheDefaultOne() {
        IntendedUse forJapan = new IntendedUse(SampleRequests.USE.activities(), List.of("JP"), null, null, null, null,
                "Acme Japan KK");

        assertThat(view(register(SampleRequests.USE)).intendedUse().entity()).isEqualTo("Acme GmbH");
        assertThat(view(register(forJapan)).intendedUse().entity()).isEqualTo("Acme Japan KK");
    }

    @Test
    void theMissingAcceptanceShowsUntilADecisionSaysItIsGone() {
        UUID id = register(SampleRequests.USE);

        run(() -> progress.approvalOpened(new ApprovalOpened(id, RiskTier.MEDIUM,
                List.of("WARNING_FINDING", "LICENSE_ACCEPTANCE_MISSING"), "policy-1", List.of(MISSING))));
        assertThat(view(id).findings()).extracting(Finding::code).contains("LICENSE_ACCEPTANCE_MISSING");
        assertThat(view(id).riskRules()).contains("LICENSE_ACCEPTANCE_MISSING");

        run(() -> progress.approvalDecided(decided(id, 1)));
        assertThat(view(id).findings()).as("a decision that says nothing of them leaves them")
                .extracting(Finding::code).contains("LICENSE_ACCEPTANCE_MISSING");

        run(() -> progress.approvalDecided(decided(id, 2).withFindings(List.of())));
        assertThat(view(id).findings()).as("the approval accepted the licence")
                .extracting(Finding::code).doesNotContain("LICENSE_ACCEPTANCE_MISSING");
    }

    private UUID register(IntendedUse use) {
        return QuarkusTransaction.requiringNew().call(() -> registration.register("alice", SampleRequests.MODEL, use).id());
    }

    private static void run(Runnable step) {
        QuarkusTransaction.requiringNew().run(step);
    }

    private RequestView view(UUID id) {
        return QuarkusTransaction.requiringNew().call(() ->
                mapping.view(ModelRequestEntity.<ModelRequestEntity>findById(id), List.of()));
    }

    private static ApprovalDecided decided(UUID id, long sequence) {
        return new ApprovalDecided(id, "APPROVED_WITH_CONDITIONS", RiskTier.MEDIUM, List.of("Accept Llama 3.1"),
                List.of(new ApprovalDecided.Signature("bob", "APPROVE_WITH_CONDITIONS", "read", AT)), AT, sequence);
    }
}
