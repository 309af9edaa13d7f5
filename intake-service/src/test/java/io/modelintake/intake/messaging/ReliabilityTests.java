package io.modelintake.intake.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.modelintake.contracts.RequestStatus;
import io.modelintake.contracts.events.Topics;
import io.modelintake.intake.persistence.ModelRequestEntity;
import io.modelintake.intake.persistence.TimelineEntryEntity;
import io.modelintake.intake.SampleRequests;
import io.modelintake.intake.service.RequestRegistration;
import io.modelintake.platform.outbox.OutboxEvent;
import io.modelintake.testsupport.CloudEventsClient;
import io.modelintake.testsupport.KafkaTestResource;
import io.modelintake.testsupport.KeycloakTestResource;
import io.modelintake.testsupport.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox, the idempotent consumers and the dead-letter path, each shown to matter. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class ReliabilityTests {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    RequestRegistration registration;

    CloudEventsClient kafka;

    @BeforeEach
    void connect() {
        kafka = new CloudEventsClient(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void aRegisteredRequestReachesKafkaAsACloudEventKeyedByItsId() {
        UUID id = submit();
        List<CloudEventsClient.Event> events = kafka.await(Topics.REQUEST_REGISTERED, e -> id.toString().equals(e.key()), 1,
                Duration.ofSeconds(20));
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.header("ce_type")).isEqualTo(Topics.TYPE_REQUEST_REGISTERED);
            assertThat(event.header("ce_source")).isEqualTo("urn:modelintake:intake-service");
            assertThat(event.value()).contains(id.toString()).contains("microsoft/resnet-50");
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>list("key", id.toString()).stream().allMatch(e -> e.sentAt != null)));
        assertThat(kafka.await(Topics.DECISION_RECORDED, e -> id.toString().equals(e.key()), 1, Duration.ofSeconds(20)))
                .singleElement().satisfies(e -> assertThat(e.value()).contains("\"step\":\"REGISTRATION\""));
    }

    @Test
    void aFailureAfterTheOutboxWriteLeavesNeitherStateNorEvent() {
        UUID[] id = new UUID[1];
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            id[0] = registration.register("alice", SampleRequests.MODEL, SampleRequests.USE).id();
            throw new IllegalStateException("the database fails after the event was written");
        })).hasMessageContaining("the database fails");
        assertThat(QuarkusTransaction.requiringNew().call(() -> ModelRequestEntity.findByIdOptional(id[0]))).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("key", id[0].toString()))).isZero();
    }

    @Test
    void theSameEventDeliveredTwiceChangesNothingTheSecondTime() {
        UUID id = submit();
        String eventId = CloudEventsClient.newEventId();
        String resolved = licenseResolved(id);
        kafka.send(Topics.LICENSE_RESOLVED, id.toString(), eventId, Topics.TYPE_LICENSE_RESOLVED, resolved);
        kafka.send(Topics.LICENSE_RESOLVED, id.toString(), eventId, Topics.TYPE_LICENSE_RESOLVED, resolved);
        await().atMost(Duration.ofSeconds(20)).until(() -> status(id) == RequestStatus.LICENSE_RESOLVED);

        // A later, distinct event proves the consumer went past both deliveries.
        kafka.send(Topics.LICENSE_RESOLVED, id.toString(), CloudEventsClient.newEventId(), Topics.TYPE_LICENSE_RESOLVED, resolved);
        await().atMost(Duration.ofSeconds(20)).until(() -> steps(id, "LICENSE_RESOLVED") == 2);
        assertThat(steps(id, "LICENSE_RESOLVED")).isEqualTo(2);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheRequestShowsFailed() {
        UUID poisoned = submit();
        kafka.send(Topics.LICENSE_RESOLVED, poisoned.toString(), CloudEventsClient.newEventId(), Topics.TYPE_LICENSE_RESOLVED,
                "{this is not json");

        List<CloudEventsClient.Event> dead = kafka.await(Topics.LICENSE_RESOLVED + Topics.DLQ_SUFFIX,
                e -> poisoned.toString().equals(e.key()), 1, Duration.ofSeconds(30));
        assertThat(dead).isNotEmpty();
        assertThat(dead.get(0).header("dead-letter-reason")).contains("LicenseResolved");

        await().atMost(Duration.ofSeconds(30)).until(() -> status(poisoned) == RequestStatus.FAILED);
        given().auth().oauth2(SampleRequests.TOKENS.accessToken("alice")).get("/api/requests/" + poisoned)
                .then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("FAILED"))
                .body("statusReason", org.hamcrest.Matchers.containsString("license.request.resolved"));

        // The consumer keeps going: the next request's event is processed.
        UUID healthy = submit();
        kafka.send(Topics.LICENSE_RESOLVED, healthy.toString(), CloudEventsClient.newEventId(), Topics.TYPE_LICENSE_RESOLVED,
                licenseResolved(healthy));
        await().atMost(Duration.ofSeconds(20)).until(() -> status(healthy) == RequestStatus.LICENSE_RESOLVED);
    }

    private static UUID submit() {
        return SampleRequests.idOf(SampleRequests.submitAs("alice"));
    }

    private static RequestStatus status(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ModelRequestEntity.<ModelRequestEntity>findById(id).status);
    }

    private static long steps(UUID id, String step) {
        return QuarkusTransaction.requiringNew().call(() -> TimelineEntryEntity.count("requestId = ?1 and step = ?2", id, step));
    }

    private static String licenseResolved(UUID id) {
        return """
                {"request": {"id": "%s", "requester": "alice", "submittedAt": "2026-11-26T10:00:00Z",
                             "model": {"name": "ResNet-50", "repoId": "microsoft/resnet-50", "license": "apache-2.0"},
                             "intendedUse": {"activities": ["INTERNAL_RESEARCH"], "jurisdictions": ["DE"]}},
                 "lineage": {"modelId": "microsoft/resnet-50", "licenseExpression": "Apache-2.0", "licenseOrigin": "request"},
                 "findings": [{"code": "LICENSE_PERMITS_ACTIVITY", "severity": "INFO",
                               "subject": {"kind": "license", "id": "Apache-2.0"}, "activity": "INTERNAL_RESEARCH",
                               "verdict": "ALLOWED", "message": "test", "ruleId": "TEST"}],
                 "licenseKnowledgeVersion": "test"}
                """.formatted(id);
    }
}
