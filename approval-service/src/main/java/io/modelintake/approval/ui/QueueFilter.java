package io.modelintake.approval.ui;

import io.modelintake.approval.decision.TaskState;
import io.modelintake.contracts.RiskTier;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The queue's filters. {@code status} is {@code open} (the default: pending, and prohibited with the exception
 * path open), {@code all} or a task state; {@code tier} is empty or a risk tier; {@code actionable} keeps only the
 * tasks the viewer may sign now.
 */
public record QueueFilter(String status, String tier, String model, boolean actionable) {

    public static final String OPEN = "open";
    public static final String ALL = "all";

    public QueueFilter {
        status = status == null || status.isBlank() ? OPEN : status.strip();
        tier = tier == null ? "" : tier.strip();
        model = model == null ? "" : model.strip();
        if (!OPEN.equals(status) && !ALL.equals(status) && state(status).isEmpty()) {
            throw new PageException(400, "Unknown status", "status must be open, all or one of " + List.of(TaskState.values()));
        }
        if (!tier.isEmpty() && riskTier(tier).isEmpty()) {
            throw new PageException(400, "Unknown tier", "tier must be one of " + List.of(RiskTier.values()));
        }
    }

    public Optional<TaskState> state() {
        return state(status);
    }

    public Optional<RiskTier> riskTier() {
        return riskTier(tier);
    }

    public boolean isOpenOnly() {
        return OPEN.equals(status);
    }

    /** The options of the status select, in order. */
    public List<String> statuses() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(OPEN, ALL),
                Arrays.stream(TaskState.values()).map(Enum::name)).toList();
    }

    public List<String> tiers() {
        return Arrays.stream(RiskTier.values()).map(Enum::name).toList();
    }

    private static Optional<TaskState> state(String value) {
        return Arrays.stream(TaskState.values()).filter(s -> s.name().equals(value)).findFirst();
    }

    private static Optional<RiskTier> riskTier(String value) {
        return Arrays.stream(RiskTier.values()).filter(t -> t.name().equals(value)).findFirst();
    }
}
