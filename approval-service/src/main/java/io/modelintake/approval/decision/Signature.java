package io.modelintake.approval.decision;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;

/** One decision on a task by an officer, or by the policy ({@code policy:<version>}). */
public record Signature(String actor, Decision decision, String justification, List<String> conditions, Instant at) {

    public Signature {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    @JsonIgnore
    public boolean isByPolicy() {
        return actor.startsWith(ApprovalTask.POLICY_ACTOR_PREFIX);
    }
}
