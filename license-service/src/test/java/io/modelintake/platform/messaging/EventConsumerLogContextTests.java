package io.modelintake.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.license.HubStubResource;
import io.modelintake.platform.logging.LogContext;
import io.modelintake.testsupport.KafkaTestResource;
import io.modelintake.testsupport.KeycloakTestResource;
import io.modelintake.testsupport.PostgresTestResource;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;

/**
 * Every log line written while an event is prepared and handled carries its CloudEvent id and the request it is
 * keyed by (platform's LogContext), and none written after it. In a service because the handling needs its
 * database (the inbox) and transactions.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
@WithTestResource(HubStubResource.class)
class EventConsumerLogContextTests {

    static final String TOPIC = "intake.request.registered";

    @Inject
    EventConsumer consumer;

    @Test
    void theMdcHoldsTheEventAndRequestIdsWhileTheEventIsPreparedAndHandled() {
        String eventId = UUID.randomUUID().toString();
        String requestId = UUID.randomUUID().toString();
        List<Map<String, String>> seen = new ArrayList<>();

        ClientProxy.unwrap(consumer).process(List.of(record(eventId, requestId)), "license.log-context-test",
                record -> ids("prepare", seen), prepared -> ids("handle", seen));

        assertThat(seen).containsExactly(
                Map.of("step", "prepare", LogContext.EVENT_ID, eventId, LogContext.REQUEST_ID, requestId),
                Map.of("step", "handle", LogContext.EVENT_ID, eventId, LogContext.REQUEST_ID, requestId));
        assertThat(MDC.get(LogContext.EVENT_ID)).as("event id after handling").isNull();
        assertThat(MDC.get(LogContext.REQUEST_ID)).as("request id after handling").isNull();
    }

    @Test
    void eachEventOfABatchIsHandledUnderItsOwnIds() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String requestId = UUID.randomUUID().toString();
        List<Map<String, String>> seen = new ArrayList<>();

        ClientProxy.unwrap(consumer).process(List.of(record(first, requestId), record(second, requestId)),
                "license.log-context-test", record -> record, prepared -> ids("handle", seen));

        assertThat(seen).extracting(ids -> ids.get(LogContext.EVENT_ID)).containsExactly(first, second);
        assertThat(MDC.get(LogContext.EVENT_ID)).isNull();
    }

    private static Object ids(String step, List<Map<String, String>> seen) {
        seen.add(Map.of("step", step, LogContext.EVENT_ID, String.valueOf(MDC.get(LogContext.EVENT_ID)),
                LogContext.REQUEST_ID, String.valueOf(MDC.get(LogContext.REQUEST_ID))));
        return step;
    }

    /** A binary-mode CloudEvent as intake-service publishes it, keyed by its request. */
    private static ConsumerRecord<String, String> record(String eventId, String requestId) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(TOPIC, 0, 0L, requestId, "{}");
        header(record, "ce_id", eventId);
        header(record, "ce_type", "modelintake.request.registered.v1");
        header(record, "ce_source", "urn:modelintake:intake-service");
        return record;
    }

    private static void header(ConsumerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
