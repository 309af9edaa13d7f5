package io.modelintake.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Logging out of the approval UI is a POST carrying the session's CSRF token (issue 16, Browser hardening): a link
 * or a form of another site cannot sign an officer out, and the real logout ends Keycloak's session too.
 */
class UiLogoutIT {

    static String ui;

    @BeforeAll
    static void startSystem() {
        ui = RunningSystem.shared().url(RunningSystem.APPROVAL);
    }

    @Test
    void onlyAPostWithTheSessionsTokenLogsOutAndItEndsTheKeycloakSession() {
        try (Browser bob = new Browser()) {
            bob.loginAs(ui + "/ui/", "bob");
            assertThat(bob.find("form.logout").getAttribute("method")).isEqualTo("post");
            assertThat(bob.find("form.logout input[name=csrf]").getAttribute("value")).isNotBlank();

            assertThat(status(bob, "GET", null)).as("a GET of the old link").isEqualTo(405);
            assertThat(status(bob, "POST", "csrf=forged")).as("a POST without the session's token").isEqualTo(403);
            bob.open(ui + "/ui/");
            assertThat(bob.find("#user-name").getText()).as("still signed in").isEqualTo("bob");

            bob.find("#logout").click();
            bob.open(ui + "/ui/");
            bob.find("#username"); // Keycloak asks for a login again: its session ended too
            bob.screenshot("after-logout");
        }
    }

    /** The status of a same-origin request to /ui/logout made by the page's script, redirects not followed. */
    private static long status(Browser browser, String method, String form) {
        Object status = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const init = {method: arguments[0], redirect: 'manual', credentials: 'same-origin'};
                if (arguments[1] !== null) {
                  init.headers = {'Content-Type': 'application/x-www-form-urlencoded'};
                  init.body = arguments[1];
                }
                fetch('/ui/logout', init).then(r => done(r.status), e => done(-1));""", method, form);
        return ((Number) status).longValue();
    }
}
