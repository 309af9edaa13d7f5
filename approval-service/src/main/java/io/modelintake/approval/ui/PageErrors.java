package io.modelintake.approval.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Renders a {@link PageException} as an HTML page with its status, inside the layout. */
public class PageErrors {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(Viewer viewer, int status, String title, String detail);
    }

    private final Session session;

    public PageErrors(Session session) {
        this.session = session;
    }

    @ServerExceptionMapper
    public Response page(PageException e) {
        Viewer viewer = session.signedIn().map(s -> session.viewer()).orElse(null);
        return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(viewer, e.status(), e.title(), e.getMessage()))
                .build();
    }
}
