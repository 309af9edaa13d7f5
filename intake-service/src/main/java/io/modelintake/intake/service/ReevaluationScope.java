package io.modelintake.intake.service;

import io.modelintake.contracts.IntendedUse;
import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.RequestStatus;
import io.modelintake.contracts.events.KnowledgeChanged;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which stored requests a knowledge change touches. The database narrows them down first with a filter that can
 * only err on the wide side (the ids as quoted JSON strings anywhere in the stored lineage or intended use, without
 * regard to case); {@link KnowledgeChanged#touches} then decides exactly, so the filter never has to be right, only
 * never too narrow.
 *
 * <p>Re-evaluated are the requests that have a lineage to re-run and an outcome to compare, pending or decided:
 * from {@code LICENSE_RESOLVED} on, including {@code REJECTED} (a change can make a rejected request acceptable)
 * and {@code UNDER_REVIEW}. Not re-evaluated: {@code SUBMITTED} (its first resolution reads the knowledge as it is
 * now anyway), {@code FAILED} (nothing complete to compare; its repair replays the step on the current knowledge)
 * and {@code EXPIRED} (no decision in force).
 */
public final class ReevaluationScope {

    public static final Set<RequestStatus> REEVALUATED = EnumSet.of(RequestStatus.LICENSE_RESOLVED,
            RequestStatus.DATASETS_ASSESSED, RequestStatus.AWAITING_APPROVAL, RequestStatus.APPROVED,
            RequestStatus.APPROVED_WITH_CONDITIONS, RequestStatus.REJECTED, RequestStatus.UNDER_REVIEW);

    private ReevaluationScope() {
    }

    public static boolean affects(KnowledgeChanged change, RequestStatus status, Lineage lineage, IntendedUse use) {
        return REEVALUATED.contains(status) && change.touches(lineage, use);
    }

    /** {@code LIKE} patterns for {@code lower(lineage)}: one of them matches every lineage the change touches. */
    public static List<String> lineagePatterns(KnowledgeChanged change) {
        return Stream.of(change.licenses(), change.datasets(), change.models()).flatMap(List::stream)
                .map(ReevaluationScope::quotedAnywhere).distinct().toList();
    }

    /** {@code LIKE} patterns for {@code lower(intended_use)}: one of them matches every use in a touched jurisdiction. */
    public static List<String> usePatterns(KnowledgeChanged change) {
        return change.jurisdictions().stream().map(ReevaluationScope::quotedAnywhere).distinct().toList();
    }

    /** The id as a JSON string ({@code "id"}), lower case, anywhere in a column: a {@code LIKE} pattern with {@code \} escaping. */
    static String quotedAnywhere(String id) {
        String json = "\"" + id.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return "%" + json.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
