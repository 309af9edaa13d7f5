package io.modelintake.approval.ui;

import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * Logging out is a POST that carries the session's CSRF token: a GET link could be fired by any other site (an image
 * tag) to sign an officer out. Ends the session here (its cookie), then Keycloak's through the provider's
 * end-session endpoint, which sends the browser back to the home page.
 */
@Path("/ui/logout")
public class LogoutPage {

    private final Session session;
    private final OidcSession oidc;
    private final OidcConfigurationMetadata provider;

    public LogoutPage(Session session, OidcSession oidc, OidcConfigurationMetadata provider) {
        this.session = session;
        this.oidc = oidc;
        this.provider = provider;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(MultivaluedMap<String, String> posted, @Context UriInfo uri) {
        session.checkFormToken(posted.getFirst(Session.FORM_TOKEN));
        String idToken = oidc.getIdToken().getRawToken();
        oidc.logout().await().indefinitely();
        URI home = uri.getBaseUriBuilder().replacePath("/").replaceQuery(null).build();
        String endSession = provider.getEndSessionUri();
        return Response.seeOther(endSession == null ? home
                : UriBuilder.fromUri(endSession).queryParam("id_token_hint", idToken)
                        .queryParam("post_logout_redirect_uri", home).build()).build();
    }
}
