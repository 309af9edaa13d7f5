package io.modelintake.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelintake.contracts.events.Topics;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

/** The test broker is the authenticated bus: each service's user may do what event-bus.yaml says, and nothing else. */
class BusAccessTests {

    private static final String INTAKE = "urn:modelintake:intake-service";
    private static final String APPROVAL = "urn:modelintake:approval-service";

    private final String servers = KafkaBroker.shared().bootstrapServers();

    @Test
    void aServiceWritesItsOwnTopicAndItsReaderSeesTheEvent() {
        String key = UUID.randomUUID().toString();
        try (CloudEventsClient intake = CloudEventsClient.as(servers, "intake-service", INTAKE);
                CloudEventsClient harness = new CloudEventsClient(servers)) {
            intake.send(Topics.REQUEST_REGISTERED, key, CloudEventsClient.newEventId(), Topics.TYPE_REQUEST_REGISTERED, "{}");
            assertThat(harness.await(Topics.REQUEST_REGISTERED, e -> key.equals(e.key()), 1, Duration.ofSeconds(20)))
                    .singleElement().satisfies(e -> assertThat(e.header("ce_source")).isEqualTo(INTAKE));
        }
    }

    @Test
    void aServiceWritingAnotherServicesTopicIsRefusedByTheBroker() {
        try (CloudEventsClient license = CloudEventsClient.as(servers, "license-service", APPROVAL)) {
            assertThatThrownBy(() -> license.send(Topics.APPROVAL_DECIDED, UUID.randomUUID().toString(),
                    CloudEventsClient.newEventId(), Topics.TYPE_APPROVAL_DECIDED, "{}"))
                    .hasRootCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void aConsumerMayNotWriteTheTopicItReads() {
        // intake-service reads the decisions; if it could write them, it could approve requests itself
        try (CloudEventsClient intake = CloudEventsClient.as(servers, "intake-service", APPROVAL)) {
            assertThatThrownBy(() -> intake.send(Topics.APPROVAL_DECIDED, UUID.randomUUID().toString(),
                    CloudEventsClient.newEventId(), Topics.TYPE_APPROVAL_DECIDED, "{}"))
                    .hasRootCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void aClientWithoutCredentialsGetsNothingIn() {
        try (CloudEventsClient outsider = CloudEventsClient.outsider(servers, APPROVAL)) {
            assertThatThrownBy(() -> outsider.send(Topics.APPROVAL_DECIDED, UUID.randomUUID().toString(),
                    CloudEventsClient.newEventId(), Topics.TYPE_APPROVAL_DECIDED, "{}"))
                    .hasMessageContaining("could not send to " + Topics.APPROVAL_DECIDED);
        }
    }

    @Test
    void aWrongPasswordIsRefusedAtLogin() {
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(
                withPassword(BusAccess.clientProperties(servers, "approval-service"), "guessed"))) {
            assertThatThrownBy(() -> admin.describeCluster().nodes().get())
                    .hasRootCauseInstanceOf(org.apache.kafka.common.errors.SaslAuthenticationException.class);
        }
    }

    private static java.util.Map<String, Object> withPassword(java.util.Map<String, Object> client, String password) {
        java.util.Map<String, Object> changed = new java.util.HashMap<>(client);
        changed.put("sasl.jaas.config", ((String) client.get("sasl.jaas.config"))
                .replace(BusAccess.localPassword("approval-service"), password));
        return changed;
    }
}
