package io.modelintake.approval.ui;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The browser session of the {@code ui} OIDC tenant (authorization code flow): who is signed in, their access
 * token for calls made on their behalf, and the check of the CSRF token their forms carry. The identity comes
 * from the session's tokens, never from a form.
 */
@RequestScoped
public class Session {

    /** The hidden field every form carries. */
    public static final String FORM_TOKEN = "csrf";

    private final SecurityIdentity identity;
    private final FormTokens tokens;

    public Session(SecurityIdentity identity, UiConfig config) {
        this.identity = identity;
        this.tokens = new FormTokens(config.formTokenSecret()
                .orElseThrow(() -> new IllegalStateException("approval.ui.form-token-secret is not set")));
    }

    /** Present when a user is signed in (an error page may be shown before that). */
    public Optional<Session> signedIn() {
        return identity.isAnonymous() ? Optional.empty() : Optional.of(this);
    }

    public Viewer viewer() {
        return new Viewer(name(), identity.getRoles(), tokens.tokenFor(sessionKey()));
    }

    /** The access token of the session, for intake-service calls that act for the user. */
    public String accessToken() {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential == null) {
            throw new PageException(401, "Signed out", "Your session carries no access token; sign in again.");
        }
        return credential.getToken();
    }

    /** Refuses a form that does not carry this session's token: it was not sent by one of our pages. */
    public void checkFormToken(String token) {
        if (!tokens.matches(sessionKey(), token)) {
            throw new PageException(403, "Form expired",
                    "The form did not come from this session (it may be older than your login). Reload the page and try again.");
        }
    }

    private String name() {
        return identity.getPrincipal().getName();
    }

    /** Keycloak's session id ({@code sid}) changes at every login, so a token dies with its session. */
    private String sessionKey() {
        Optional<Object> sid = identity.getPrincipal() instanceof JsonWebToken token
                ? Optional.ofNullable(token.getClaim("sid")) : Optional.empty();
        return name() + "|" + sid.map(String::valueOf).orElse("");
    }
}
