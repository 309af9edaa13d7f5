package io.modelintake.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The EU AI Act screen through the live pipeline: the engineer's EU AI Act block travels with the request,
 * license-service screens it against the model's lineage, approval-service tiers it from the screen's rule ids, and
 * the officer attaches the screen's obligations as conditions. In the browser, the block appears in the new-request
 * form once an EU jurisdiction is typed, and its findings on the officer's request page.
 */
class EuAiActIT {

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
    void anEmploymentScreeningUseInGermanyIsAtLeastHighWithAFindingCitingAnnexIII() {
        UUID id = api.submit("alice", """
                {"model": {"name": "CV screener on Llama 3.1", "source": "huggingface",
                           "repoId": "meta-llama/Llama-3.1-8B-Instruct", "license": "llama3.1"},
                 "intendedUse": {"activities": ["INTERNAL_TOOL"], "jurisdictions": ["DE"],
                                 "description": "Screens job applications before a recruiter reads them",
                                 "euAiAct": {"role": "DEPLOYER", "annexIIIArea": "EMPLOYMENT"}}}
                """);
        JsonPath settled = api.awaitSettled("alice", id);

        assertThat(settled.getString("riskTier")).isIn("HIGH", "PROHIBITED");
        assertThat(settled.getString("intendedUse.euAiAct.annexIIIArea")).isEqualTo("EMPLOYMENT");
        List<Map<String, Object>> annexIII = settled.getList("findings.findAll { it.ruleId == 'EU_AI_ACT_ANNEX_III_4_EMPLOYMENT' }");
        assertThat(annexIII).hasSize(1);
        assertThat(annexIII.get(0)).containsEntry("code", "EU_AI_ACT_HIGH_RISK_USE").containsEntry("severity", "HIGH");
        assertThat((List<?>) annexIII.get(0).get("citations")).extracting(c -> ((Map<?, ?>) c).get("clause").toString())
                .anyMatch(clause -> clause.startsWith("Annex III, point 4"));
        // Llama 3.1 is marked general-purpose: putting it to an Annex III use may make the company a provider.
        assertThat(settled.getList("findings.ruleId", String.class)).contains("EU_AI_ACT_ART25_1_C_REPURPOSED_GPAI_SYSTEM");

        List<String> fired = given().auth().oauth2(api.token("bob"))
                .get(system.url(RunningSystem.APPROVAL) + "/api/approvals/" + id)
                .then().statusCode(200).extract().jsonPath().getList("riskRules.id", String.class);
        assertThat(fired).contains("EU_AI_ACT_HIGH_RISK");
    }

    @Test
    void aPublicImageGeneratorInFranceCarriesAnArt50FindingAndItsCondition() {
        UUID id = api.submit("alice", """
                {"model": {"name": "SDXL image generator", "source": "huggingface",
                           "repoId": "stabilityai/stable-diffusion-xl-base-1.0"},
                 "intendedUse": {"activities": ["SERVE_AS_API"], "jurisdictions": ["FR"],
                                 "description": "Public image generator on our website",
                                 "euAiAct": {"role": "DOWNSTREAM_PROVIDER", "annexIIIArea": "NONE",
                                             "interactsWithPeople": true, "syntheticContent": ["IMAGE"]}}}
                """);
        JsonPath pending = api.awaitStatus("alice", id, "AWAITING_APPROVAL");

        List<Map<String, Object>> marking = pending.getList("findings.findAll { it.ruleId == 'EU_AI_ACT_ART50_2_MARK_SYNTHETIC_CONTENT' }");
        assertThat(marking).hasSize(1);
        assertThat(marking.get(0)).containsEntry("code", "EU_AI_ACT_TRANSPARENCY").containsEntry("verdict", "CONDITIONAL");
        assertThat((List<?>) marking.get(0).get("citations")).extracting(c -> ((Map<?, ?>) c).get("clause").toString())
                .anyMatch(clause -> clause.startsWith("Art. 50(2)"));
        @SuppressWarnings("unchecked")
        List<String> obligations = (List<String>) marking.get(0).get("obligations");
        assertThat(obligations).anyMatch(text -> text.contains("Mark synthetic content (image) as AI-generated"));

        // The officer attaches the screen's obligations as the approval's conditions; the engineer sees them.
        String tier = pending.getString("riskTier");
        api.decide("bob", id, "APPROVE_WITH_CONDITIONS", "Public generator: Art. 50 duties become conditions.",
                obligations).statusCode(200);
        if ("HIGH".equals(tier) || "PROHIBITED".equals(tier)) {
            api.decide("dave", id, "APPROVE_WITH_CONDITIONS", "Agreed.", obligations).statusCode(200);
        }
        JsonPath approved = api.awaitStatus("alice", id, "APPROVED_WITH_CONDITIONS");
        assertThat(approved.getList("decision.conditions", String.class)).containsAll(obligations);
    }

    @Test
    void aBadValueInTheBlockIsAProblemNamingTheField() {
        given().auth().oauth2(api.token("alice")).contentType(ContentType.JSON)
                .body("""
                        {"model": {"name": "x", "license": "MIT"},
                         "intendedUse": {"activities": ["INTERNAL_TOOL"], "jurisdictions": ["DE"],
                                         "euAiAct": {"role": "OPERATOR"}}}
                        """)
                .post(system.url(RunningSystem.INTAKE) + "/api/requests")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem("intendedUse.euAiAct.role"));
    }

    @Test
    void theEngineerAnswersTheBlockOnceAnEuJurisdictionIsTypedAndTheOfficerReadsItsFindings() {
        UUID id;
        try (Browser alice = new Browser()) {
            alice.loginAs(ui + "/ui/my/new", "alice");
            alice.find("#new-request-form");
            var block = alice.driver().findElement(By.id("eu-ai-act"));
            var jurisdictions = alice.driver().findElement(By.id("intendedUse-jurisdictions"));
            assertThat(block.isDisplayed()).as("no jurisdiction yet").isFalse();
            jurisdictions.sendKeys("US");
            assertThat(block.isDisplayed()).as("US only").isFalse();
            jurisdictions.sendKeys(", de");
            assertThat(block.isDisplayed()).as("DE is in the EU").isTrue();
            alice.screenshot("new-request-eu-ai-act");

            alice.driver().findElement(By.id("model-name-input")).sendKeys("CV screener (browser)");
            alice.driver().findElement(By.id("model-repoId")).sendKeys("google-bert/bert-base-uncased");
            alice.driver().findElement(By.id("model-license")).sendKeys("apache-2.0");
            alice.driver().findElement(By.id("activity-INTERNAL_TOOL")).click();
            alice.driver().findElement(By.cssSelector("#euAiAct-role option[value='DEPLOYER']")).click();
            alice.driver().findElement(By.cssSelector("#euAiAct-annexIIIArea option[value='EMPLOYMENT']")).click();
            alice.driver().findElement(By.id("euAiAct-interactsWithPeople")).click();
            alice.driver().findElement(By.id("submit-request")).click();
            alice.find("#request-submitted");
            String requestId = alice.find("#request-id").getText();
            id = UUID.fromString(requestId.strip());
        }
        JsonPath settled = api.awaitSettled("alice", id);
        assertThat(settled.getString("intendedUse.euAiAct.role")).isEqualTo("DEPLOYER");
        assertThat(settled.getString("riskTier")).isIn("HIGH", "PROHIBITED");

        try (Browser bob = new Browser()) {
            bob.loginAs(ui + "/ui/requests/" + id, "bob");
            assertThat(bob.find("#eu-area").getText()).isEqualTo("EMPLOYMENT");
            assertThat(bob.find("tr.finding[data-code='EU_AI_ACT_HIGH_RISK_USE']").getText()).contains("Annex III");
            assertThat(bob.find("#proposed-conditions").getText()).contains("Art. 26(2)");
            assertThat(bob.find("#risk-rules").getText()).contains("EU_AI_ACT_HIGH_RISK");
            bob.screenshot("request-page-eu-ai-act");
        }
    }
}
