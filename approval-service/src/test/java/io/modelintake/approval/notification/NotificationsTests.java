package io.modelintake.approval.notification;

import static io.modelintake.approval.AssessedRequests.TOKENS;
import static io.modelintake.approval.AssessedRequests.deliver;
import static io.modelintake.approval.AssessedRequests.finding;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelintake.contracts.Activity;
import io.modelintake.contracts.RiskTier;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.Verdict;
import io.modelintake.contracts.events.ApprovalDecided;
import io.modelintake.contracts.events.Topics;
import io.modelintake.testsupport.CloudEventsClient;
import io.modelintake.testsupport.KafkaTestResource;
import io.modelintake.testsupport.KeycloakTestResource;
import io.modelintake.testsupport.MailServer;
import io.modelintake.testsupport.MailTestResource;
import io.modelintake.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real events of approval-service through the real broker, recipients from the real realm, mail through a real SMTP
 * server (GreenMail in the test JVM): officers learn of new and re-review tasks, the requester of the decision.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
@WithTestResource(MailTestResource.class)
class NotificationsTests {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper json;

    CloudEventsClient kafka;
    final MailServer mail = MailServer.shared();

    @BeforeEach
    void connect() {
        kafka = new CloudEventsClient(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void officersLearnOfTheNewRequestAndTheRequesterOfTheDecision() {
        String model = "Notified model " + UUID.randomUUID().toString().substring(0, 8);
        UUID id = deliver(kafka, "alice", model, List.of(Activity.INTERNAL_TOOL),
                finding(Severity.WARNING, Verdict.CONDITIONAL, Activity.INTERNAL_TOOL));

        for (String officer : List.of("bob", "dave", "frank")) {
            assertThat(mail.await(officer + "@model-intake.test", m -> m.subject().contains(model), 1, MAIL_WAIT))
                    .singleElement().satisfies(m -> {
                        assertThat(m.subject()).startsWith("New request to decide: " + model + " (");
                        assertThat(m.body()).contains("Requested: by alice").contains("/ui/requests/" + id);
                    });
        }
        JsonPath bobs = inbox("bob");
        assertThat(bobs.getList("items.findAll { it.requestId == '" + id + "' }.kind", String.class))
                .containsExactly("REQUEST_OPENED");
        assertThat(inbox("alice").getList("items.requestId", String.class)).doesNotContain(id.toString());

        decide("bob", id, "APPROVE_WITH_CONDITIONS", "Fine for the internal tool.", List.of("Keep the licence text beside it"));

        assertThat(mail.await("alice@model-intake.test", m -> m.subject().contains(model), 1, MAIL_WAIT))
                .singleElement().satisfies(m -> {
                    assertThat(m.subject()).isEqualTo("Your request for " + model + " was approved with conditions");
                    assertThat(m.body()).contains("Justification: Fine for the internal tool.")
                            .contains("  - Keep the licence text beside it").contains("/ui/my/" + id);
                });
        assertThat(mail.received()).filteredOn(m -> m.subject().contains(model))
                .allSatisfy(m -> assertThat(m.to()).singleElement().asString().endsWith("@model-intake.test"))
                .extracting(m -> m.to().get(0))
                .containsExactlyInAnyOrder("bob@model-intake.test", "dave@model-intake.test", "frank@model-intake.test",
                        "alice@model-intake.test");
    }

    @Test
    void theInboxIsOwnAndEntriesAreMarkedRead() {
        UUID id = deliver(kafka, "alice", "Inbox model", List.of(Activity.INTERNAL_RESEARCH),
                finding(Severity.INFO, Verdict.ALLOWED, Activity.INTERNAL_RESEARCH));
        decide("dave", id, "REJECT", "Not for us.", List.of());
        String entry = awaitEntry("alice", id, "REQUEST_DECIDED");
        long unread = inbox("alice").getLong("unread");
        assertThat(unread).isPositive();

        given().auth().oauth2(TOKENS.accessToken("bob")).post("/api/notifications/{id}/read", entry)
                .then().statusCode(404).contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));
        given().auth().oauth2(TOKENS.accessToken("alice")).post("/api/notifications/{id}/read", entry)
                .then().statusCode(200).body("id", equalTo(entry)).body("readAt", notNullValue());
        given().auth().oauth2(TOKENS.accessToken("alice")).post("/api/notifications/{id}/read", entry)
                .then().statusCode(200);

        assertThat(inbox("alice").getLong("unread")).isEqualTo(unread - 1);
        assertThat(given().auth().oauth2(TOKENS.accessToken("alice")).queryParam("unread", true).get("/api/notifications")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class)).doesNotContain(entry);
        // Every role has an inbox; nobody without a token has one.
        for (String user : List.of("carol", "erin")) {
            given().auth().oauth2(TOKENS.accessToken(user)).get("/api/notifications").then().statusCode(200);
        }
        given().get("/api/notifications").then().statusCode(401);
    }

    @Test
    void aReReviewGoesToTheRequesterAndToTheOfficersButNotToTheRequesterAsOfficer() throws Exception {
        UUID id = deliver(kafka, "frank", "Re-reviewed model", List.of(Activity.INTERNAL_TOOL),
                finding(Severity.INFO, Verdict.ALLOWED, Activity.INTERNAL_TOOL));
        publishDecided(new ApprovalDecided(id, "UNDER_REVIEW", RiskTier.HIGH, List.of(),
                List.of(new ApprovalDecided.Signature("policy:test", "UNDER_REVIEW", "Its licence now prohibits the use.",
                        Instant.now())), Instant.now(), 2));

        awaitEntry("frank", id, "REQUEST_UNDER_REVIEW");
        awaitEntry("bob", id, "REVIEW_OPENED");
        awaitEntry("dave", id, "REVIEW_OPENED");
        assertThat(mail.await("frank@model-intake.test", m -> m.subject().contains("Re-reviewed model"), 1, MAIL_WAIT))
                .extracting(MailServer.Mail::subject)
                .containsExactly("Your approved request for Re-reviewed model is under review");
        assertThat(inbox("frank").getList("items.findAll { it.requestId == '" + id + "' }.kind", String.class))
                .containsExactly("REQUEST_UNDER_REVIEW");
    }

    @Test
    void anExpiryTellsTheRequester() throws Exception {
        UUID id = deliver(kafka, "alice", "Expired model", List.of(Activity.INTERNAL_TOOL),
                finding(Severity.INFO, Verdict.ALLOWED, Activity.INTERNAL_TOOL));
        Instant validUntil = Instant.parse("2026-06-01T00:00:00Z");
        publishDecided(new ApprovalDecided(id, "EXPIRED", RiskTier.LOW, List.of(), List.of(), Instant.now(), 3, validUntil));

        assertThat(mail.await("alice@model-intake.test", m -> m.subject().contains("Expired model"), 1, MAIL_WAIT))
                .singleElement().satisfies(m -> {
                    assertThat(m.subject()).isEqualTo("The approval of Expired model has expired");
                    assertThat(m.body()).contains("(2026-06-01T00:00:00Z)");
                });
    }

    @Test
    void theSweepTellsOfAnOverdueConditionAndAnExpiringApprovalOnce() throws Exception {
        String model = "Swept model " + UUID.randomUUID().toString().substring(0, 8);
        UUID id = deliver(kafka, "alice", model, List.of(Activity.INTERNAL_TOOL),
                finding(Severity.INFO, Verdict.ALLOWED, Activity.INTERNAL_TOOL));
        decide("bob", id, "APPROVE_WITH_CONDITIONS", "Fine for the tool.", List.of("Name the authors in the app"));
        Instant validUntil = Instant.parse(json.readTree(kafka.await(Topics.APPROVAL_DECIDED,
                e -> id.toString().equals(e.key()) && e.value().contains("APPROVED_WITH_CONDITIONS"), 1, MAIL_WAIT)
                .get(0).value()).findValue("validUntil").asText());
        Instant due = Instant.parse(given().auth().oauth2(TOKENS.accessToken("alice")).get("/api/approvals/{id}/conditions", id)
                .then().statusCode(200).extract().jsonPath().getString("[0].dueAt"));
        // the decision's own notices are dispatched before the clock moves, so the inboxes' order is the events' order
        awaitEntry("alice", id, "REQUEST_DECIDED");
        awaitEntry("bob", id, "REQUEST_OPENED");
        try {
            moveClockTo(due.plus(Duration.ofDays(1)));
            sweep();
            sweep();
            awaitEntry("alice", id, "CONDITION_OVERDUE");
            awaitEntry("bob", id, "CONDITION_OVERDUE_FOR_OFFICERS");
            assertThat(mail.await("alice@model-intake.test", m -> m.subject().equals("A condition of " + model + " is overdue"),
                    1, MAIL_WAIT)).singleElement().satisfies(m -> assertThat(m.body())
                    .contains("  - Name the authors in the app").contains("(" + due + ")").contains("/ui/my/" + id));
            assertThat(mail.await("dave@model-intake.test", m -> m.subject().equals("Condition overdue: " + model), 1, MAIL_WAIT))
                    .singleElement().satisfies(m -> assertThat(m.body()).contains("/ui/requests/" + id));

            moveClockTo(validUntil.minus(Duration.ofDays(10)));
            sweep();
            sweep();
            awaitEntry("alice", id, "APPROVAL_EXPIRES_SOON");
            awaitEntry("dave", id, "EXPIRY_REVIEW_OPENED");
            assertThat(mail.await("frank@model-intake.test", m -> m.subject().contains(model), 3, MAIL_WAIT))
                    .extracting(MailServer.Mail::subject)
                    .containsExactlyInAnyOrder("New request to decide: " + model + " (LOW)", "Condition overdue: " + model,
                            "Approval expiring: " + model + " (LOW)");
            // the UNDER_REVIEW the review announced is read too; it adds no second notice
            kafka.await(Topics.APPROVAL_DECIDED, e -> id.toString().equals(e.key()) && e.value().contains("UNDER_REVIEW"),
                    1, MAIL_WAIT);
            Thread.sleep(3_000);
        } finally {
            moveClockTo(null);
        }
        assertThat(inbox("alice").getList("items.findAll { it.requestId == '" + id + "' }.kind", String.class))
                .containsExactly("APPROVAL_EXPIRES_SOON", "CONDITION_OVERDUE", "REQUEST_DECIDED");
        assertThat(inbox("bob").getList("items.findAll { it.requestId == '" + id + "' }.kind", String.class))
                .containsExactly("EXPIRY_REVIEW_OPENED", "CONDITION_OVERDUE_FOR_OFFICERS", "REQUEST_OPENED");
        assertThat(mail.received()).filteredOn(m -> m.subject().contains(model) && m.to().contains("alice@model-intake.test"))
                .extracting(MailServer.Mail::subject)
                .containsExactlyInAnyOrder("Your request for " + model + " was approved with conditions",
                        "A condition of " + model + " is overdue", "The approval of " + model + " expires soon");
    }

    /** Moves approval-service's clock to {@code at} (null: back to now), as ExpiryIT does. */
    private static void moveClockTo(Instant at) {
        String offset = at == null ? "PT0S" : Duration.between(Instant.now(), at).toString();
        given().auth().oauth2(TOKENS.accessToken("erin")).contentType(ContentType.JSON)
                .body("{\"offset\": \"" + offset + "\"}").put("/api/admin/clock").then().statusCode(200);
    }

    private static void sweep() {
        given().auth().oauth2(TOKENS.accessToken("erin")).post("/api/admin/expiry-sweeps").then().statusCode(200);
    }

    private void publishDecided(ApprovalDecided decided) throws Exception {
        kafka.send(Topics.APPROVAL_DECIDED, decided.requestId().toString(), CloudEventsClient.newEventId(),
                Topics.TYPE_APPROVAL_DECIDED, json.writeValueAsString(decided));
    }

    private static JsonPath inbox(String user) {
        return given().auth().oauth2(TOKENS.accessToken(user)).get("/api/notifications")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The id of the user's entry of that kind about the request, once it is there. */
    private static String awaitEntry(String user, UUID requestId, String kind) {
        String[] found = new String[1];
        org.awaitility.Awaitility.await().atMost(MAIL_WAIT).until(() -> {
            List<String> ids = inbox(user).getList("items.findAll { it.requestId == '" + requestId + "' && it.kind == '"
                    + kind + "' }.id", String.class);
            found[0] = ids.isEmpty() ? null : ids.get(0);
            return found[0] != null;
        });
        return found[0];
    }

    private static void decide(String officer, UUID id, String decision, String justification, List<String> conditions) {
        given().auth().oauth2(TOKENS.accessToken(officer)).contentType(ContentType.JSON)
                .body(Map.of("decision", decision, "justification", justification, "conditions", conditions))
                .post("/api/approvals/{id}/decisions", id)
                .then().statusCode(200);
    }
}
