package io.modelintake.approval.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.modelintake.contracts.RiskTier;
import io.modelintake.contracts.events.ApprovalDecided;
import io.modelintake.contracts.events.ApprovalOpened;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Who learns what, one row per case in {@code cases/notification-rules.csv}. */
class NotificationRulesTests {

    private static final Instant EXPIRY_REVIEW_OPENED = Instant.parse("2027-05-18T09:00:00.123456789Z");
    private static final Instant VALID_UNTIL = Instant.parse("2027-06-01T00:00:00Z");
    private static final Instant DUE = Instant.parse("2027-03-01T23:59:59Z");
    private static final List<RealmUser> OFFICERS = List.of(user("bob"), user("dave"), user("frank"));
    private static final Map<String, RealmUser> USERS = Map.of(
            "alice", user("alice"),
            "frank", user("frank"),
            "grace", new RealmUser("grace", "grace@model-intake.test", false, true),
            "henry", new RealmUser("henry", "henry@model-intake.test", true, false));

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/cases/notification-rules.csv", numLinesToSkip = 1)
    void whoLearnsWhat(String name, String event, RiskTier tier, String outcome, String requester, String expected) {
        UUID id = UUID.randomUUID();
        NotificationRules.RequestFacts facts = new NotificationRules.RequestFacts(requester, "Some model",
                event.startsWith("decided-after-expiry-review") ? EXPIRY_REVIEW_OPENED : null);
        List<Notification> notifications = switch (event) {
            case "opened" -> NotificationRules.onOpened(new ApprovalOpened(id, tier, List.of(), "policy-1"), facts);
            case "expiry-review" -> NotificationRules.onExpiryReview(id, facts, tier, VALID_UNTIL);
            case "condition-overdue" -> NotificationRules.onConditionOverdue(id, facts, tier, "Keep the licence text", DUE);
            // the expiry review's own announcement carries its opening time; a later re-review another
            case "decided-after-expiry-review" -> decided(id, outcome, tier, EXPIRY_REVIEW_OPENED.plusNanos(1_000), facts);
            case "decided-after-expiry-review-later" -> decided(id, outcome, tier, EXPIRY_REVIEW_OPENED.plusSeconds(60), facts);
            default -> decided(id, outcome, tier, Instant.now(), facts);
        };

        String told = notifications.stream()
                .map(n -> n.kind() + ">" + NotificationRules.recipients(n, OFFICERS, Optional.ofNullable(USERS.get(requester)))
                        .stream().map(r -> r.username() + (r.address().isPresent() ? "" : "-"))
                        .collect(Collectors.joining("|")))
                .collect(Collectors.joining(";"));
        assertThat(told).as(name).isEqualTo(expected == null ? "" : expected);
        assertThat(notifications).as(name).allSatisfy(n -> {
            assertThat(n.requestId()).isEqualTo(id);
            assertThat(n.requester()).isEqualTo(requester);
        });
    }

    @Test
    void theSweepsNoticesCarryTheExpiryDateAndTheOverdueCondition() {
        NotificationRules.RequestFacts facts = new NotificationRules.RequestFacts("alice", "M");
        assertThat(NotificationRules.onExpiryReview(UUID.randomUUID(), facts, RiskTier.HIGH, VALID_UNTIL))
                .extracting(Notification::kind, Notification::due)
                .containsExactly(tuple(NotificationKind.APPROVAL_EXPIRES_SOON, VALID_UNTIL),
                        tuple(NotificationKind.EXPIRY_REVIEW_OPENED, VALID_UNTIL));
        assertThat(NotificationRules.onConditionOverdue(UUID.randomUUID(), facts, RiskTier.LOW, "Name the authors", DUE))
                .allSatisfy(n -> assertThat(n).extracting(Notification::conditions, Notification::due)
                        .containsExactly(List.of("Name the authors"), DUE));
    }

    @Test
    void onlyTheRealmsVerifiedAddressIsMailed() {
        Notification decided = NotificationRules.onDecided(new ApprovalDecided(UUID.randomUUID(), "APPROVED", RiskTier.LOW,
                List.of("Attribute the authors"), List.of(), Instant.now(), 1), new NotificationRules.RequestFacts("alice", "M")).get(0);

        assertThat(NotificationRules.recipients(decided, OFFICERS, Optional.of(user("alice"))))
                .containsExactly(new Recipient("alice", Optional.of("alice@model-intake.test")));
        // The directory's answer for another username never receives the requester's notice.
        assertThat(NotificationRules.recipients(decided, OFFICERS, Optional.of(user("bob")))).isEmpty();
        assertThat(decided.conditions()).containsExactly("Attribute the authors");
        assertThat(decided.outcomeText()).isEqualTo("approved");
    }

    @Test
    void aSubjectIsOneHeaderLine() {
        assertThat(NotificationTexts.oneLine("New request: evil\r\nBcc: x@example.com")).isEqualTo("New request: evil Bcc: x@example.com");
        assertThat(NotificationTexts.oneLine("x".repeat(600))).hasSize(NotificationTexts.MAX_SUBJECT);
    }

    private static List<Notification> decided(UUID id, String outcome, RiskTier tier, Instant at,
            NotificationRules.RequestFacts facts) {
        return NotificationRules.onDecided(new ApprovalDecided(id, outcome, tier, List.of(),
                List.of(new ApprovalDecided.Signature("bob", outcome, "why", at)), at, 1), facts);
    }

    private static RealmUser user(String name) {
        return new RealmUser(name, name + "@model-intake.test", true, true);
    }
}
