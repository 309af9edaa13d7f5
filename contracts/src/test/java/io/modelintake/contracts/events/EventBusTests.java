package io.modelintake.contracts.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventBusTests {

    private final EventBus bus = EventBus.standard();

    @Test
    void everyTopicOfTheContractIsDefinedWithItsCloudEventType() {
        Map<String, String> contract = Map.of(
                Topics.REQUEST_REGISTERED, Topics.TYPE_REQUEST_REGISTERED,
                Topics.LICENSE_RESOLVED, Topics.TYPE_LICENSE_RESOLVED,
                Topics.DATASETS_ASSESSED, Topics.TYPE_DATASETS_ASSESSED,
                Topics.APPROVAL_OPENED, Topics.TYPE_APPROVAL_OPENED,
                Topics.APPROVAL_DECIDED, Topics.TYPE_APPROVAL_DECIDED,
                Topics.DECISION_RECORDED, Topics.TYPE_DECISION_RECORDED,
                Topics.KNOWLEDGE_CHANGED, Topics.TYPE_KNOWLEDGE_CHANGED,
                Topics.REEVALUATION_REQUESTED, Topics.TYPE_REEVALUATION_REQUESTED,
                Topics.REQUEST_REEVALUATED, Topics.TYPE_REQUEST_REEVALUATED);
        assertEquals(contract.keySet(), Set.copyOf(bus.topics().stream().map(EventBus.Topic::name).toList()));
        contract.forEach((topic, type) -> assertEquals(type, bus.topicOf(topic).orElseThrow().type(), topic));
    }

    @Test
    void onlyApprovalServiceMayAnnounceADecision() {
        EventBus.Topic decided = bus.topicOf(Topics.APPROVAL_DECIDED).orElseThrow();
        assertEquals(Set.of("urn:modelintake:approval-service"), bus.sourcesOf(decided));
        for (EventBus.Service service : bus.services()) {
            assertEquals(service.name().equals("approval-service"), bus.writableBy(service.name()).contains(Topics.APPROVAL_DECIDED),
                    service.name());
        }
    }

    @Test
    void aServiceWritesItsOwnTopicsAndTheDeadLettersOfWhatItReads() {
        String replays = Topics.REQUEST_REGISTERED + Topics.REPLAY_INFIX + "license-service";
        String reevaluationReplays = Topics.REEVALUATION_REQUESTED + Topics.REPLAY_INFIX + "license-service";
        assertEquals(Set.of(Topics.LICENSE_RESOLVED, Topics.DECISION_RECORDED, Topics.KNOWLEDGE_CHANGED,
                Topics.REQUEST_REGISTERED + Topics.DLQ_SUFFIX, replays,
                Topics.REEVALUATION_REQUESTED + Topics.DLQ_SUFFIX, reevaluationReplays), bus.writableBy("license-service"));
        assertEquals(Set.of(Topics.REQUEST_REGISTERED, Topics.REQUEST_REGISTERED + Topics.DLQ_SUFFIX, replays,
                Topics.REEVALUATION_REQUESTED, Topics.REEVALUATION_REQUESTED + Topics.DLQ_SUFFIX, reevaluationReplays),
                bus.readableBy("license-service"));
        // intake-service turns every dead letter of the request's path into a FAILED request
        assertTrue(bus.readableBy("intake-service").containsAll(List.of(Topics.REQUEST_REGISTERED + Topics.DLQ_SUFFIX,
                Topics.APPROVAL_DECIDED + Topics.DLQ_SUFFIX, Topics.DATASETS_ASSESSED + Topics.DLQ_SUFFIX)));
    }

    @Test
    void aDeadLetterOrReplayTopicBelongsToItsTopic() {
        assertEquals(Topics.APPROVAL_DECIDED, bus.topicOf(Topics.APPROVAL_DECIDED + Topics.DLQ_SUFFIX).orElseThrow().name());
        assertEquals(Topics.APPROVAL_DECIDED,
                bus.topicOf(Topics.APPROVAL_DECIDED + Topics.REPLAY_INFIX + "intake-service").orElseThrow().name());
        assertTrue(bus.topicOf("intake.test.unknown").isEmpty());
    }

    @Test
    void aTopicNamingAnUnknownServiceIsRefusedWithItsName() {
        String yaml = """
                services:
                  - {name: intake-service, source: urn:modelintake:intake-service}
                topics:
                  - {name: a.topic, type: t.v1, owners: [intake-service], readers: [billing-service]}
                """;
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> EventBus.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
        assertEquals("event bus: topic a.topic names unknown service 'billing-service'", refused.getMessage());
    }
}
