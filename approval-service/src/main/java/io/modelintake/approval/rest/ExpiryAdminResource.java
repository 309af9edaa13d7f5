package io.modelintake.approval.rest;

import io.modelintake.approval.config.AdjustableClock;
import io.modelintake.approval.expiry.ExpirySweep;
import io.modelintake.contracts.Roles;
import io.modelintake.platform.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Operating the expiry sweep (issue 15), role intake-admin: run a pass now ({@code POST /api/admin/expiry-sweeps}),
 * and, only where {@code approval.expiry.adjustable-clock} is on (local, dev and test profiles), read and move this
 * service's clock ({@code GET|PUT /api/admin/clock} {@code {"offset": "P400D"}}) so a test can drive an approval
 * past its validUntil.
 */
@Path("/api/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ExpiryAdminResource {

    private final ExpirySweep sweep;
    private final AdjustableClock clock;

    public ExpiryAdminResource(ExpirySweep sweep, AdjustableClock clock) {
        this.sweep = sweep;
        this.clock = clock;
    }

    /** The clock's time and its offset from the system time. */
    public record ClockState(Instant now, String offset) {
    }

    /** The body of {@code PUT /api/admin/clock}: an ISO-8601 duration such as {@code P400D} or {@code PT0S}. */
    public record ClockShift(@NotBlank String offset) {
    }

    @POST
    @Path("expiry-sweeps")
    public ExpirySweep.Swept runSweep() {
        return sweep.sweep();
    }

    @GET
    @Path("clock")
    public ClockState clock() {
        requireAdjustable();
        return state();
    }

    @PUT
    @Path("clock")
    public ClockState shift(@NotNull(message = "a JSON body is required") @Valid ClockShift body) {
        requireAdjustable();
        try {
            clock.shift(Duration.parse(body.offset().strip()));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("offset", "'" + body.offset() + "' is not an ISO-8601 duration such as P400D");
        }
        return state();
    }

    private ClockState state() {
        return new ClockState(clock.instant(), clock.offset().toString());
    }

    // Not found rather than forbidden: outside tests the clock is not a resource at all.
    private void requireAdjustable() {
        if (!clock.isAdjustable()) {
            throw ProblemException.notFound("this service's clock is not adjustable (approval.expiry.adjustable-clock)");
        }
    }
}
