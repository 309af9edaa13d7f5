package io.modelintake.approval.simulation;

import io.modelintake.contracts.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * A candidate's effect on a request's recorded findings. The service evaluated the request twice, alike, with the
 * knowledge in use ({@code before}) and with the candidate ({@code after}); what differs between the two is the
 * candidate's doing and is applied to the findings the request was decided on, so that what the re-evaluation could
 * not rebuild, or knowledge changed since the request was assessed, is not reported as the candidate's change.
 */
public final class KnowledgeDelta {

    private KnowledgeDelta() {
    }

    /** {@code recorded} without the findings the candidate takes away, with those it adds. */
    public static List<Finding> apply(List<Finding> recorded, List<Finding> before, List<Finding> after) {
        List<Finding> result = new ArrayList<>(recorded);
        before.stream().filter(finding -> !after.contains(finding)).forEach(result::remove);
        after.stream().filter(finding -> !before.contains(finding) && !result.contains(finding)).forEach(result::add);
        return List.copyOf(result);
    }
}
