package io.modelintake.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.modelintake.contracts.events.Topics;
import io.modelintake.testsupport.CloudEventsClient;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 on the packaged system: a well-formed {@code approval.request.decided} that no officer signed, sent to
 * the bus without credentials, as another service's user, or by approval-service's user in another's name, leaves
 * a pending request pending; the officer's own decision still goes through.
 */
class ForgedDecisionIT {

    private static final String APPROVAL_SERVICE = "urn:modelintake:approval-service";

    static RunningSystem system;
    static Api api;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
        api = new Api(system);
    }

    @Test
    void aForgedDecisionLeavesAPendingRequestPending() {
        UUID id = api.submit("alice", """
                {"model": {"name": "ResNet-50", "source": "huggingface", "repoId": "microsoft/resnet-50", "license": "apache-2.0",
                           "datasets": ["imagenet-1k"]},
                 "intendedUse": {"activities": ["INTERNAL_RESEARCH"], "jurisdictions": ["DE"], "description": "forgery target"}}
                """);
        JsonPath pending = api.awaitSettled("alice", id);
        assertThat(pending.getString("status")).isEqualTo("AWAITING_APPROVAL");
        String forged = """
                {"requestId": "%s", "outcome": "APPROVED", "riskTier": "%s", "conditions": [],
                 "signatures": [{"actor": "mallory", "decision": "APPROVE", "justification": "trust me", "at": "2026-12-02T08:00:00Z"}],
                 "decidedAt": "2026-12-02T08:00:00Z", "sequence": 1}
                """.formatted(id, pending.getString("riskTier"));
        String servers = system.bootstrapServers();

        try (CloudEventsClient outsider = CloudEventsClient.outsider(servers, APPROVAL_SERVICE)) {
            assertThatThrownBy(() -> outsider.send(Topics.APPROVAL_DECIDED, id.toString(), CloudEventsClient.newEventId(),
                    Topics.TYPE_APPROVAL_DECIDED, forged)).hasMessageContaining("could not send to " + Topics.APPROVAL_DECIDED);
        }
        try (CloudEventsClient license = CloudEventsClient.as(servers, "license-service", APPROVAL_SERVICE)) {
            assertThatThrownBy(() -> license.send(Topics.APPROVAL_DECIDED, id.toString(), CloudEventsClient.newEventId(),
                    Topics.TYPE_APPROVAL_DECIDED, forged)).hasRootCauseInstanceOf(TopicAuthorizationException.class);
        }
        String eventId = CloudEventsClient.newEventId();
        try (CloudEventsClient wrongSource = CloudEventsClient.as(servers, "approval-service", "urn:modelintake:license-service");
                CloudEventsClient harness = new CloudEventsClient(servers)) {
            wrongSource.send(Topics.APPROVAL_DECIDED, id.toString(), eventId, Topics.TYPE_APPROVAL_DECIDED, forged);
            // both readers refuse it: intake-service and approval-service's notifications
            assertThat(harness.await(Topics.APPROVAL_DECIDED + Topics.DLQ_SUFFIX, e -> eventId.equals(e.header("ce_id")), 2,
                    Duration.ofSeconds(60))).hasSize(2).allSatisfy(letter -> assertThat(letter.header("dead-letter-reason"))
                            .startsWith("not from the owner of " + Topics.APPROVAL_DECIDED));
        }

        // The dead letter reaches intake-service's dead-letter consumer within seconds; the request must stay pending.
        await().during(Duration.ofSeconds(15)).atMost(Duration.ofSeconds(20))
                .until(() -> api.request("alice", id).getString("status").equals("AWAITING_APPROVAL"));
        assertThat(api.request("alice", id).getList("timeline.step", String.class)).doesNotContain("APPROVED", "FAILED");

        api.approve(id, pending.getString("riskTier"), "Research use of a permissive model.");
        assertThat(api.awaitStatus("alice", id, "APPROVED").getList("decision.signatures.actor", String.class))
                .contains("bob").doesNotContain("mallory");
    }
}
