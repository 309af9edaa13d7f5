package io.modelintake.approval.policy;

import io.modelintake.contracts.RiskTier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How long an approval holds and when its conditions are due, per {@link RiskTier} (the {@code followUp} section of
 * the risk policy). The one place where {@code validUntil} is computed: a first approval and a renewal alike. Periods
 * are calendar periods counted in UTC (six months from 31 August is 28 or 29 February), to the whole second. Immutable.
 */
public final class FollowUpPolicy {

    private final Map<RiskTier, Period> approvalValidity;
    private final Period reviewBefore;
    private final Map<RiskTier, Period> conditionDue;

    FollowUpPolicy(Map<RiskTier, Period> approvalValidity, Period reviewBefore, Map<RiskTier, Period> conditionDue) {
        this.approvalValidity = Map.copyOf(approvalValidity);
        this.reviewBefore = Objects.requireNonNull(reviewBefore, "reviewBefore");
        this.conditionDue = Map.copyOf(conditionDue);
    }

    /** When an approval of a request of {@code tier} decided at {@code decidedAt} expires. */
    public Instant validUntil(RiskTier tier, Instant decidedAt) {
        return plus(decidedAt, approvalValidity.get(tier));
    }

    /** From when an EXPIRY re-review of an approval valid until {@code validUntil} is due. */
    public Instant reviewFrom(Instant validUntil) {
        return validUntil.atOffset(ZoneOffset.UTC).minus(reviewBefore).toInstant();
    }

    /** When a condition of an approval of {@code tier} decided at {@code decidedAt} is due by default. */
    public Instant conditionDue(RiskTier tier, Instant decidedAt) {
        return plus(decidedAt, conditionDue.get(tier));
    }

    public Period approvalValidity(RiskTier tier) {
        return approvalValidity.get(tier);
    }

    public Period reviewBefore() {
        return reviewBefore;
    }

    public Period conditionDue(RiskTier tier) {
        return conditionDue.get(tier);
    }

    /** An officer's due date for conditions, as an instant: the end of that day in UTC. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
    }

    // Whole seconds: the time is stored, announced and shown alike (the database keeps microseconds, Java nanoseconds).
    private static Instant plus(Instant at, Period period) {
        return at.atOffset(ZoneOffset.UTC).plus(period).toInstant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** Validates the file's section: every tier has a positive period; {@code reviewBefore} is shorter than each validity. */
    static FollowUpPolicy from(PolicyFile.FollowUp file, String source) {
        String where = source + ", followUp";
        if (file == null) {
            throw new InvalidPolicyException(where + ": the section is required (approvalValidity, reviewBefore, conditionDue)");
        }
        Map<RiskTier, Period> validity = perTier(file.approvalValidity(), where + ".approvalValidity");
        Period reviewBefore = period(file.reviewBefore(), where + ".reviewBefore");
        Map<RiskTier, Period> due = perTier(file.conditionDue(), where + ".conditionDue");
        Instant probe = Instant.parse("2026-01-01T00:00:00Z");
        validity.forEach((tier, period) -> {
            if (!plus(probe, reviewBefore).isBefore(plus(probe, period))) {
                throw new InvalidPolicyException(where + ".reviewBefore: " + reviewBefore + " is not shorter than the "
                        + tier + " validity " + period + "; the re-review would open before the approval");
            }
        });
        return new FollowUpPolicy(validity, reviewBefore, due);
    }

    private static Map<RiskTier, Period> perTier(Map<String, String> values, String where) {
        if (values == null) {
            throw new InvalidPolicyException(where + ": required, a period for each of " + List.of(RiskTier.values()));
        }
        Map<RiskTier, Period> periods = new EnumMap<>(RiskTier.class);
        values.forEach((tier, value) -> {
            RiskTier parsed = Arrays.stream(RiskTier.values()).filter(t -> t.name().equals(tier)).findFirst()
                    .orElseThrow(() -> new InvalidPolicyException(where + ": unknown tier '" + tier + "' (known: "
                            + List.of(RiskTier.values()) + ")"));
            periods.put(parsed, period(value, where + "." + tier));
        });
        List<RiskTier> missing = Arrays.stream(RiskTier.values()).filter(t -> !periods.containsKey(t)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidPolicyException(where + ": no period for " + missing);
        }
        return periods;
    }

    private static Period period(String value, String where) {
        if (value == null || value.isBlank()) {
            throw new InvalidPolicyException(where + ": an ISO-8601 period is required, e.g. P12M or P30D");
        }
        Period period;
        try {
            period = Period.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidPolicyException(where + ": '" + value + "' is not an ISO-8601 period such as P12M or P30D", e);
        }
        if (period.isNegative() || period.isZero()) {
            throw new InvalidPolicyException(where + ": " + value + " must be longer than zero");
        }
        return period;
    }
}
