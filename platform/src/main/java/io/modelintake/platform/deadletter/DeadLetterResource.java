package io.modelintake.platform.deadletter;

import io.modelintake.contracts.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The dead letters of what this service consumes, for an intake-admin to read and replay after a fix. */
@Path("/api/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "dead letters", description = "Events no consumer could process, and their replay")
public class DeadLetterResource {

    private final DeadLetterRepair repair;
    private final SecurityIdentity identity;

    public DeadLetterResource(DeadLetterRepair repair, SecurityIdentity identity) {
        this.repair = repair;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Every dead letter of this service's topics, per dead-letter topic, with reason and replay state")
    public List<TopicDeadLetters> list() {
        return repair.topics().stream().map(topic -> new TopicDeadLetters(topic, repair.list(topic))).toList();
    }

    @POST
    @Path("{dlqTopic}/replay")
    @Operation(summary = "Replays every dead letter of the topic not replayed yet")
    public TopicDeadLetters replayAll(@PathParam("dlqTopic") String dlqTopic) {
        return new TopicDeadLetters(dlqTopic, repair.replayAll(dlqTopic, actor()));
    }

    @POST
    @Path("{dlqTopic}/{partition}/{offset}/replay")
    @Operation(summary = "Replays one dead letter to its original topic; a replayed event is still processed once")
    public DeadLetter replay(@PathParam("dlqTopic") String dlqTopic, @PathParam("partition") int partition,
            @PathParam("offset") long offset) {
        return repair.replay(dlqTopic, partition, offset, actor());
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    /** The dead letters of one {@code <topic>.dlq}. */
    public record TopicDeadLetters(String topic, List<DeadLetter> deadLetters) {
    }
}
