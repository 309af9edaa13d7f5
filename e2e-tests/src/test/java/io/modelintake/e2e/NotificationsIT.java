package io.modelintake.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.testsupport.MailServer;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Notifications through the running system (issue 15): a real request makes approval-service mail the realm's
 * officers; the officer's decision is mailed to the engineer, over real SMTP, and shows in her inbox in Chromium.
 */
class NotificationsIT {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(60);

    static RunningSystem system;
    static Api api;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
        api = new Api(system);
    }

    @Test
    void officersGetTheNewRequestAndTheEngineerTheDecision() {
        String model = "Notified ResNet " + UUID.randomUUID().toString().substring(0, 8);
        UUID id = api.submit("alice", """
                {"model": {"name": "%s", "source": "huggingface", "repoId": "microsoft/resnet-50", "license": "apache-2.0",
                           "datasets": ["imagenet-1k"]},
                 "intendedUse": {"activities": ["INTERNAL_RESEARCH"], "jurisdictions": ["DE"], "description": "benchmarks"}}
                """.formatted(model));
        JsonPath assessed = api.awaitSettled("alice", id);
        assertThat(assessed.getString("status")).isEqualTo("AWAITING_APPROVAL");

        MailServer mail = system.mail();
        for (String officer : List.of("bob", "dave", "frank")) {
            assertThat(mail.await(officer + "@model-intake.test", m -> m.subject().contains(model), 1, MAIL_WAIT))
                    .singleElement().satisfies(m -> {
                        assertThat(m.subject()).startsWith("New request to decide: " + model);
                        assertThat(m.body()).contains(system.url(RunningSystem.APPROVAL) + "/ui/requests/" + id);
                    });
        }

        api.approve(id, assessed.getString("riskTier"), "Research use of a permissive model.");
        api.awaitStatus("alice", id, "APPROVED");
        assertThat(mail.await("alice@model-intake.test", m -> m.subject().contains(model), 1, MAIL_WAIT))
                .singleElement().satisfies(m -> {
                    assertThat(m.subject()).isEqualTo("Your request for " + model + " was approved");
                    assertThat(m.body()).contains("Justification:").contains("/ui/my/" + id);
                });
        assertThat(mail.received()).filteredOn(m -> m.subject().contains(model)).extracting(m -> m.to().get(0))
                .allSatisfy(to -> assertThat(to).endsWith("@model-intake.test"))
                .doesNotContain("carol@model-intake.test", "erin@model-intake.test");

        String approval = system.url(RunningSystem.APPROVAL);
        String entry = given().auth().oauth2(api.token("alice")).get(approval + "/api/notifications")
                .then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.requestId == '" + id + "' && it.kind == 'REQUEST_DECIDED' }.id");
        assertThat(entry).isNotNull();

        try (Browser alice = new Browser()) {
            alice.loginAs(approval + "/ui/inbox", "alice");
            assertThat(alice.find("#nav-inbox").getText()).contains("Inbox");
            assertThat(alice.find("#notification-" + entry + " .notification-subject").getText())
                    .isEqualTo("Your request for " + model + " was approved");
            assertThat(alice.has("#notification-" + entry + ".notification-unread")).isTrue();
            alice.find("#notification-" + entry + " form.mark-read button").click();
            new WebDriverWait(alice.driver(), Duration.ofSeconds(30)).until(driver ->
                    driver.findElements(By.cssSelector("#notification-" + entry + ".notification-unread")).isEmpty());
            assertThat(alice.find("#notification-" + entry).getText()).contains("read");
            alice.screenshot("inbox-alice");
        }
        given().auth().oauth2(api.token("alice")).queryParam("unread", true).get(approval + "/api/notifications")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class).forEach(
                        unread -> assertThat(unread).isNotEqualTo(entry));
    }
}
