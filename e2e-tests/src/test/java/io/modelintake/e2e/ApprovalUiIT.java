package io.modelintake.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

/**
 * The approval web UI in a real Chromium against the running system and the real Keycloak login page: two
 * officers sign a HIGH request, the engineer sees the outcome, nobody decides their own request, and a hostile
 * model name renders as text. Screenshots land in {@code target/screenshots}.
 */
class ApprovalUiIT {

    /** A licence nobody knows: its terms are unspecified, which the policy tiers HIGH. */
    static final String HIGH_RISK = """
            {"model": {"name": "%s", "source": "other", "license": "LicenseRef-Acme-Proprietary-Model-Terms",
                       "datasets": ["imagenet-1k"]},
             "intendedUse": {"activities": ["INTERNAL_RESEARCH"], "jurisdictions": ["DE"], "description": "UI test"}}
            """;

    static RunningSystem system;
    static Api api;
    static String ui;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
        api = new Api(system);
        ui = system.url(RunningSystem.APPROVAL);
    }

    @Test
    void twoOfficersApproveAHighRiskRequestAndTheEngineerSeesIt() {
        UUID id = api.submit("alice", HIGH_RISK.formatted("Acme Vision Transformer"));
        assertThat(api.awaitSettled("alice", id).getString("riskTier")).isEqualTo("HIGH");

        try (Browser bob = new Browser()) {
            bob.loginAs(ui + "/", "bob");
            assertThat(bob.find("#user-name").getText()).contains("bob");
            bob.find("#queue");
            assertThat(bob.find("tr.queue-row[data-request-id='" + id + "']").getText()).contains("Acme Vision Transformer");
            bob.screenshot("queue");

            bob.open(ui + "/ui/requests/" + id);
            assertThat(bob.find("#tier-badge").getText()).contains("HIGH");
            assertThat(bob.has("#findings tr.finding")).isTrue();
            bob.screenshot("request-page");
            decide(bob, "APPROVE", "Research only; the terms were read by legal (ticket 7).");
            assertThat(bob.find("#decision-recorded").isDisplayed()).isTrue();
            assertThat(bob.find("#awaits-second").getText()).containsIgnoringCase("second");
            assertThat(bob.has("#decision-form")).as("bob signed already: no second form for him").isFalse();
        }
        assertThat(api.request("alice", id).getString("status")).isEqualTo("AWAITING_APPROVAL");

        try (Browser dave = new Browser()) {
            dave.loginAs(ui + "/ui/requests/" + id, "dave");
            assertThat(dave.find("#signatures").getText()).contains("bob").contains("ticket 7");
            decide(dave, "APPROVE", "Agree with bob.");
            dave.find("#decision-recorded");
            dave.screenshot("request-approved");
        }
        api.awaitStatus("alice", id, "APPROVED");

        try (Browser alice = new Browser()) {
            alice.loginAs(ui + "/ui/my/" + id, "alice");
            assertThat(alice.find("#status").getText()).isEqualToIgnoringCase("Approved");
            alice.screenshot("engineer-view");
        }
    }

    @Test
    void nobodyGetsADecisionFormForTheirOwnRequest() {
        UUID franks = api.submit("frank", HIGH_RISK.formatted("Frank's own model"));
        api.awaitSettled("frank", franks);
        try (Browser frank = new Browser()) {
            frank.loginAs(ui + "/ui/requests/" + franks, "frank");
            frank.find("#model-name");
            assertThat(frank.has("#decision-form")).isFalse();
            assertThat(frank.find("#decision-unavailable").getText()).isNotBlank();
        }
    }

    @Test
    void aHostileModelNameRendersAsText() {
        String hostile = "<script>alert(1)</script>";
        UUID id = api.submit("alice", HIGH_RISK.formatted(hostile));
        api.awaitSettled("alice", id);
        try (Browser bob = new Browser()) {
            bob.loginAs(ui + "/ui/requests/" + id, "bob");
            assertThat(bob.find("#model-name").getText()).isEqualTo(hostile);
            assertThatThrownBy(() -> bob.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
            bob.screenshot("escaped-name");
        }
    }

    @Test
    void anAuditorSeesTheTrailButNoDecisionForm() {
        UUID id = api.submit("alice", HIGH_RISK.formatted("Audited model"));
        api.awaitSettled("alice", id);
        try (Browser carol = new Browser()) {
            carol.loginAs(ui + "/ui/requests/" + id, "carol");
            carol.find("#model-name");
            assertThat(carol.has("#decision-form")).isFalse();
            carol.open(ui + "/ui/audit");
            assertThat(carol.find("#verification").getAttribute("class")).contains("intact");
            assertThat(carol.find("#export-csv").getAttribute("href")).contains("format=csv");
            carol.screenshot("audit");
        }
    }

    @Test
    void anEngineerFilesARequestAndSeesEachErrorBesideItsField() {
        try (Browser alice = new Browser()) {
            alice.loginAs(ui + "/ui/my/new", "alice");
            alice.find("#new-request-form");
            alice.driver().findElement(By.id("intendedUse-jurisdictions")).sendKeys("Germany");
            alice.driver().findElement(By.id("submit-request")).click();
            assertThat(alice.find("#error-model-name").getText()).isNotBlank();
            assertThat(alice.find("#error-intendedUse-activities").getText()).isNotBlank();
            assertThat(alice.find("#error-model-license").getText()).contains("model.repoId");
            alice.screenshot("new-request-errors");

            alice.driver().findElement(By.id("model-name-input")).sendKeys("BERT base uncased");
            alice.driver().findElement(By.id("model-license")).sendKeys("apache-2.0");
            alice.driver().findElement(By.id("activity-INTERNAL_RESEARCH")).click();
            var jurisdictions = alice.driver().findElement(By.id("intendedUse-jurisdictions"));
            jurisdictions.clear();
            jurisdictions.sendKeys("DE");
            alice.driver().findElement(By.id("submit-request")).click();
            alice.find("#request-submitted");
            assertThat(alice.find("#model-name").getText()).isEqualTo("BERT base uncased");
        }
    }

    private static void decide(Browser officer, String decision, String justification) {
        officer.find("#decision-form");
        officer.driver().findElement(By.id("decision-" + decision)).click();
        officer.driver().findElement(By.id("justification")).sendKeys(justification);
        officer.driver().findElement(By.id("decide-submit")).click();
    }
}
