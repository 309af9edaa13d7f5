package io.modelintake.intake.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelintake.contracts.RequestStatus;
import io.modelintake.contracts.RiskTier;
import io.modelintake.contracts.events.ApprovalDecided;
import io.modelintake.contracts.events.ApprovalOpened;
import io.modelintake.contracts.events.Topics;
import io.modelintake.intake.SampleRequests;
import io.modelintake.intake.persistence.ModelRequestEntity;
import io.modelintake.intake.persistence.TimelineEntryEntity;
import io.modelintake.intake.service.RequestProgress;
import io.modelintake.intake.service.RequestRegistration;
import io.modelintake.testsupport.BusAccess;
import io.modelintake.testsupport.CloudEventsClient;
import io.modelintake.testsupport.KafkaTestResource;
import io.modelintake.testsupport.KeycloakTestResource;
import io.modelintake.testsupport.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: a well-formed {@code approval.request.decided} that no officer signed must not approve a pending
 * request, whoever sends it. An outsider and a service writing another's topic are refused by the broker; a
 * service that may write the topic but claims another source is dead-lettered, and its dead letter fails nothing.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class ForgedDecisionTests {

    private static final String APPROVAL_SERVICE = "urn:modelintake:approval-service";
    private static final String DLQ = Topics.APPROVAL_DECIDED + Topics.DLQ_SUFFIX;
    private static final Instant AT = Instant.parse("2026-12-02T08:00:00Z");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    RequestRegistration registration;

    @Inject
    RequestProgress progress;

    @Inject
    ObjectMapper mapper;

    @Test
    void aForgedDecisionLeavesAPendingRequestUntouched() throws Exception {
        UUID pending = awaitingApproval();
        String forged = mapper.writeValueAsString(approved(pending, "mallory"));

        try (CloudEventsClient outsider = CloudEventsClient.outsider(bootstrapServers, APPROVAL_SERVICE)) {
            assertThatThrownBy(() -> outsider.send(Topics.APPROVAL_DECIDED, pending.toString(), CloudEventsClient.newEventId(),
                    Topics.TYPE_APPROVAL_DECIDED, forged)).as("no credentials: the broker lets nothing in")
                    .hasMessageContaining("could not send to " + Topics.APPROVAL_DECIDED);
        }
        try (CloudEventsClient license = CloudEventsClient.as(bootstrapServers, "license-service", APPROVAL_SERVICE)) {
            assertThatThrownBy(() -> license.send(Topics.APPROVAL_DECIDED, pending.toString(), CloudEventsClient.newEventId(),
                    Topics.TYPE_APPROVAL_DECIDED, forged)).as("license-service's user may not write approval-service's topic")
                    .hasRootCauseInstanceOf(TopicAuthorizationException.class);
        }
        String eventId = CloudEventsClient.newEventId();
        try (CloudEventsClient wrongSource = CloudEventsClient.as(bootstrapServers, "approval-service",
                "urn:modelintake:license-service");
                CloudEventsClient harness = new CloudEventsClient(bootstrapServers)) {
            wrongSource.send(Topics.APPROVAL_DECIDED, pending.toString(), eventId, Topics.TYPE_APPROVAL_DECIDED, forged);
            assertThat(harness.await(DLQ, e -> eventId.equals(e.header("ce_id")), 1, Duration.ofSeconds(30)))
                    .as("a writer of the topic claiming another source is dead-lettered with the reason")
                    .singleElement().satisfies(letter -> assertThat(letter.header("dead-letter-reason"))
                            .startsWith("not from the owner of " + Topics.APPROVAL_DECIDED)
                            .contains("urn:modelintake:license-service"));
        }
        awaitDeadLettersConsumed();

        assertThat(status(pending)).isEqualTo(RequestStatus.AWAITING_APPROVAL);
        assertThat(decidedSteps(pending)).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> ModelRequestEntity.<ModelRequestEntity>findById(pending).decision))
                .isNull();

        // The consumer is alive: approval-service's own decision, sent as it sends it, applies.
        try (CloudEventsClient harness = new CloudEventsClient(bootstrapServers)) {
            harness.send(Topics.APPROVAL_DECIDED, pending.toString(), CloudEventsClient.newEventId(), Topics.TYPE_APPROVAL_DECIDED,
                    mapper.writeValueAsString(approved(pending, "bob")));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> status(pending) == RequestStatus.APPROVED);
    }

    private UUID awaitingApproval() {
        UUID id = QuarkusTransaction.requiringNew().call(() ->
                registration.register("alice", SampleRequests.MODEL, SampleRequests.USE).id());
        QuarkusTransaction.requiringNew().run(() -> progress.approvalOpened(new ApprovalOpened(id, RiskTier.LOW, List.of(), "test")));
        assertThat(status(id)).isEqualTo(RequestStatus.AWAITING_APPROVAL);
        return id;
    }

    private static ApprovalDecided approved(UUID id, String officer) {
        return new ApprovalDecided(id, "APPROVED", RiskTier.LOW, List.of(),
                List.of(new ApprovalDecided.Signature(officer, "APPROVE", "looks fine", AT)), AT, 1);
    }

    /** Until intake-service's dead-letter consumer has committed past every dead letter of the decisions. */
    private void awaitDeadLettersConsumed() {
        try (Admin admin = Admin.create(BusAccess.clientProperties(bootstrapServers, BusAccess.ADMIN))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                List<TopicPartition> partitions = admin.describeTopics(List.of(DLQ)).allTopicNames().get().get(DLQ)
                        .partitions().stream().map(p -> new TopicPartition(DLQ, p.partition())).toList();
                Map<TopicPartition, Long> end = admin.listOffsets(partitions.stream()
                        .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get().entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("intake-service-dead-letters")
                        .partitionsToOffsetAndMetadata().get();
                return end.entrySet().stream().allMatch(e -> e.getValue() == 0
                        || (committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue()));
            });
        }
    }

    private static RequestStatus status(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ModelRequestEntity.<ModelRequestEntity>findById(id).status);
    }

    private static List<String> decidedSteps(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> TimelineEntryEntity.<TimelineEntryEntity>list(
                        "requestId = ?1 and step in ('APPROVED', 'APPROVED_WITH_CONDITIONS', 'REJECTED', 'FAILED') order by id", id)
                .stream().map(entry -> entry.step).toList());
    }
}
