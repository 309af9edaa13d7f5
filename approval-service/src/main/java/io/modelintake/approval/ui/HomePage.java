package io.modelintake.approval.ui;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The service's root leads to the web UI, where the login starts. */
@Path("/")
public class HomePage {

    @GET
    public Response home() {
        return Response.seeOther(URI.create("/ui/")).build();
    }
}
