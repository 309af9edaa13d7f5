package io.modelintake.approval.client;

import io.modelintake.contracts.RequestSummary;
import io.modelintake.contracts.RequestView;
import io.modelintake.contracts.RequestSubmission;
import io.modelintake.platform.problem.Problem;
import io.modelintake.platform.rest.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The engineer pages' calls to intake-service, acting for the signed-in user with their access token. Failures
 * come back as an {@link IntakeFailure} with intake-service's problem+json detail, for the page to show.
 */
@ApplicationScoped
public class IntakeRequests {

    private static final Logger LOG = Logger.getLogger(IntakeRequests.class);
    private static final int LIST_SIZE = 100;

    private final IntakeClient client;

    public IntakeRequests(@RestClient IntakeClient client) {
        this.client = client;
    }

    public Page<RequestSummary> mine(String accessToken) {
        return call(() -> client.list(bearer(accessToken), true, LIST_SIZE));
    }

    public RequestView get(String accessToken, UUID id) {
        return call(() -> client.get(bearer(accessToken), id));
    }

    /** Submits a request; the new request's id, or a failure whose violations name the offending fields. */
    public UUID submit(String accessToken, RequestSubmission submission) {
        try (Response response = call(() -> client.submit(bearer(accessToken), submission))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> body = response.readEntity(Map.class);
            return UUID.fromString(String.valueOf(body.get("id")));
        }
    }

    private static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            throw IntakeFailure.of(e.getResponse().getStatus(), problem(e.getResponse()));
        } catch (ProcessingException e) {
            LOG.warnf("intake-service is unreachable: %s", e.getMessage());
            throw new IntakeFailure(503, "intake-service cannot be reached; try again in a moment.", List.of());
        }
    }

    private static Problem problem(Response response) {
        try {
            return response.readEntity(Problem.class);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static String bearer(String accessToken) {
        return "Bearer " + accessToken;
    }
}
