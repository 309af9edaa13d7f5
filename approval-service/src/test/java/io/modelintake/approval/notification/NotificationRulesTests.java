package io.modelintake.approval.notification;

import static org.assertj.core.api.Assertions.assertThat;

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
        NotificationRules.RequestFacts facts = new NotificationRules.RequestFacts(requester, "Some model");
        List<Notification> notifications = event.equals("opened")
                ? NotificationRules.onOpened(new ApprovalOpened(id, tier, List.of(), "policy-1"), facts)
                : NotificationRules.onDecided(new ApprovalDecided(id, outcome, tier, List.of(),
                        List.of(new ApprovalDecided.Signature("bob", outcome, "why", Instant.now())), Instant.now(), 1), facts);

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

    private static RealmUser user(String name) {
        return new RealmUser(name, name + "@model-intake.test", true, true);
    }
}
