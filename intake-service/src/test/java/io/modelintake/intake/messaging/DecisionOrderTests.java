package io.modelintake.intake.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelintake.contracts.RequestStatus;
import io.modelintake.contracts.RiskTier;
import io.modelintake.contracts.events.ApprovalDecided;
import io.modelintake.intake.SampleRequests;
import io.modelintake.intake.persistence.ModelRequestEntity;
import io.modelintake.intake.persistence.TimelineEntryEntity;
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

/** Decisions apply in the order approval-service numbered them, whatever order they arrive in. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class DecisionOrderTests {

    private static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");

    @Inject
    RequestRegistration registration;

    @Inject
    RequestProgress progress;

    @Inject
    ObjectMapper mapper;

    @Test
    void aStaleDecisionAfterANewerOneChangesNothing() {
        UUID id = register();
        apply(decided(id, "REJECTED", 1));
        apply(decided(id, "APPROVED", 2));
        assertThat(status(id)).as("the exception granted after the policy's rejection").isEqualTo(RequestStatus.APPROVED);

        apply(decided(id, "REJECTED", 1));
        apply(decided(id, "APPROVED", 2));

        assertThat(status(id)).isEqualTo(RequestStatus.APPROVED);
        assertThat(storedDecision(id)).extracting(ApprovalDecided::outcome, ApprovalDecided::sequence)
                .containsExactly("APPROVED", 2L);
        assertThat(steps(id)).as("neither the stale nor the replayed decision is on the timeline")
                .containsExactly("REJECTED", "APPROVED");
    }

    @Test
    void aDecisionArrivingBeforeAnOlderOneKeepsItsPlace() {
        UUID id = register();
        apply(decided(id, "APPROVED", 2));
        apply(decided(id, "REJECTED", 1));

        assertThat(status(id)).isEqualTo(RequestStatus.APPROVED);
        assertThat(steps(id)).containsExactly("APPROVED");
    }

    @Test
    void anEventWrittenBeforeDecisionsWereNumberedIsDecisionZero() throws Exception {
        UUID id = register();
        ApprovalDecided legacy = mapper.readValue("""
                {"requestId": "%s", "outcome": "APPROVED", "riskTier": "LOW", "conditions": [],
                 "signatures": [{"actor": "bob", "decision": "APPROVE", "justification": "ok", "at": "%s"}],
                 "decidedAt": "%s"}
                """.formatted(id, AT, AT), ApprovalDecided.class);
        assertThat(legacy.sequence()).isZero();

        apply(legacy);
        assertThat(status(id)).as("the first decision applies whatever its number").isEqualTo(RequestStatus.APPROVED);
        apply(decided(id, "REJECTED", 1));
        assertThat(status(id)).as("a numbered decision is newer than a legacy one").isEqualTo(RequestStatus.REJECTED);
        apply(legacy);
        assertThat(status(id)).isEqualTo(RequestStatus.REJECTED);
    }

    @Test
    void aReviewThenAnotherDecisionApplyInTheirOrderAndSoDoesAnExpiry() {
        UUID id = register();
        apply(decided(id, "APPROVED", 1));
        apply(decided(id, "UNDER_REVIEW", 2));
        assertThat(status(id)).as("a re-evaluation made it worse: a re-review is open").isEqualTo(RequestStatus.UNDER_REVIEW);
        apply(decided(id, "REJECTED", 3));
        assertThat(status(id)).isEqualTo(RequestStatus.REJECTED);

        UUID renewed = register();
        apply(decided(renewed, "APPROVED", 1));
        apply(decided(renewed, "UNDER_REVIEW", 2));
        apply(decided(renewed, "APPROVED_WITH_CONDITIONS", 3));
        assertThat(status(renewed)).isEqualTo(RequestStatus.APPROVED_WITH_CONDITIONS);
        apply(decided(renewed, "EXPIRED", 4));
        assertThat(status(renewed)).isEqualTo(RequestStatus.EXPIRED);
        apply(decided(renewed, "UNDER_REVIEW", 2));
        assertThat(status(renewed)).as("a replayed review does not reopen an expired approval").isEqualTo(RequestStatus.EXPIRED);
        apply(decided(renewed, "APPROVED", 5));
        assertThat(status(renewed)).as("renewal is a decision like any other").isEqualTo(RequestStatus.APPROVED);
    }

    private UUID register() {
        return QuarkusTransaction.requiringNew().call(() ->
                registration.register("alice", SampleRequests.MODEL, SampleRequests.USE).id());
    }

    private void apply(ApprovalDecided event) {
        QuarkusTransaction.requiringNew().run(() -> progress.approvalDecided(event));
    }

    private static ApprovalDecided decided(UUID id, String outcome, long sequence) {
        String decision = outcome.equals("REJECTED") ? "REJECT" : "GRANT_EXCEPTION";
        return new ApprovalDecided(id, outcome, RiskTier.PROHIBITED, List.of(),
                List.of(new ApprovalDecided.Signature("dave", decision, "decision " + sequence, AT.plusSeconds(sequence))),
                AT.plusSeconds(sequence), sequence);
    }

    private static RequestStatus status(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ModelRequestEntity.<ModelRequestEntity>findById(id).status);
    }

    private ApprovalDecided storedDecision(UUID id) {
        String json = QuarkusTransaction.requiringNew().call(() -> ModelRequestEntity.<ModelRequestEntity>findById(id).decision);
        try {
            return mapper.readValue(json, ApprovalDecided.class);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> steps(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> TimelineEntryEntity.<TimelineEntryEntity>list(
                        "requestId = ?1 and step in ('APPROVED', 'REJECTED') order by id", id).stream()
                .map(entry -> entry.step).toList());
    }
}
