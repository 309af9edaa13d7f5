package io.modelintake.approval.conditions;

import io.modelintake.approval.decision.ApprovalTask;
import io.modelintake.approval.decision.TaskState;
import io.modelintake.approval.policy.FollowUpPolicy;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who follows up an approval's conditions, by when, and who may mark one met with which evidence (issue 15).
 * Plain Java: the caller passes the time.
 */
public final class ConditionRules {

    /** A realm username: what Keycloak accepts, and nothing that needs escaping to show. */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,254}");
    static final int MAX_EVIDENCE = 4000;

    private final FollowUpPolicy policy;

    public ConditionRules(FollowUpPolicy policy) {
        this.policy = policy;
    }

    /** One condition to follow up: its place (from 1), text, owner and due time. */
    public record Planned(int n, String text, String owner, Instant dueAt) {
    }

    /** A follow-up the caller must change: the field and what is wrong with it. */
    public static final class Refused extends RuntimeException {
        private final String field;

        Refused(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /**
     * The conditions of a settled decision to follow up, each owned by the officer's {@code assignment.owner} or the
     * requester, due on the officer's date (end of that day, UTC) or after the tier's {@code conditionDue}. A date
     * must lie after {@code decidedAt} and not after {@code validUntil}; an assignment needs conditions to assign.
     */
    public List<Planned> plan(ApprovalTask task, ConditionAssignment assignment, Instant decidedAt, Instant validUntil) {
        List<String> conditions = task.conditions();
        if (task.state() != TaskState.APPROVED_WITH_CONDITIONS || conditions.isEmpty()) {
            if (!assignment.isDefault()) {
                throw new Refused(assignment.owner() != null ? "conditionOwner" : "conditionsDue",
                        "an owner or due date applies only to a decision that approves with conditions");
            }
            return List.of();
        }
        String owner = task.requester();
        if (assignment.owner() != null) {
            owner = checkOwner(assignment.owner());
        }
        Instant dueAt = assignment.due() == null ? policy.conditionDue(task.tier(), decidedAt) : checkDue(assignment.due(),
                decidedAt, validUntil);
        List<Planned> planned = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            planned.add(new Planned(i + 1, conditions.get(i), owner, dueAt));
        }
        return planned;
    }

    /** Whether {@code actor} may mark a condition met: its owner or the request's requester. */
    public static boolean mayMarkMet(String actor, String owner, String requester) {
        return actor.equals(owner) || actor.equals(requester);
    }

    /**
     * The evidence as stored, or a refusal: a text or a link, not blank, at most {@value #MAX_EVIDENCE} characters, no
     * control characters but line breaks; something that starts like a link must be an absolute http(s) URL.
     */
    public static String checkEvidence(String evidence) {
        if (evidence == null || evidence.isBlank()) {
            throw new Refused("evidence", "say how the condition was met: a text or a link");
        }
        String stripped = evidence.strip();
        if (stripped.length() > MAX_EVIDENCE) {
            throw new Refused("evidence", "at most " + MAX_EVIDENCE + " characters; link a longer document");
        }
        if (stripped.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new Refused("evidence", "must not contain control characters");
        }
        if (looksLikeLink(stripped)) {
            try {
                URI uri = new URI(stripped);
                if (uri.getHost() == null || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                    throw new Refused("evidence", "a link must be an absolute http(s) URL with a host");
                }
            } catch (URISyntaxException e) {
                throw new Refused("evidence", "not a valid URL: " + e.getReason());
            }
        }
        return stripped;
    }

    /** Evidence that is one word with a scheme, e.g. {@code https://wiki/x} or {@code javascript:…}. */
    static boolean looksLikeLink(String evidence) {
        return !evidence.contains(" ") && !evidence.contains("\n") && evidence.matches("(?i)[a-z][a-z0-9+.-]*:.*");
    }

    private static String checkOwner(String owner) {
        String stripped = owner.strip();
        if (!USERNAME.matcher(stripped).matches()) {
            throw new Refused("conditionOwner", "'" + owner + "' is not a username of the realm");
        }
        return stripped;
    }

    private static Instant checkDue(LocalDate due, Instant decidedAt, Instant validUntil) {
        Instant dueAt = FollowUpPolicy.endOf(due);
        if (!dueAt.isAfter(decidedAt)) {
            throw new Refused("conditionsDue", due + " has passed; give a date after "
                    + decidedAt.atOffset(ZoneOffset.UTC).toLocalDate());
        }
        if (validUntil != null && dueAt.isAfter(FollowUpPolicy.endOf(validUntil.atOffset(ZoneOffset.UTC).toLocalDate()))) {
            throw new Refused("conditionsDue", due + " is after the approval expires ("
                    + validUntil.atOffset(ZoneOffset.UTC).toLocalDate() + ")");
        }
        return dueAt;
    }

    /** The due date of an instant, as shown and as an officer gives it. */
    public static LocalDate day(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** An optional due date, as given in a form or body. */
    public static Optional<LocalDate> dueDate(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (java.time.format.DateTimeParseException e) {
            throw new Refused("conditionsDue", "'" + value + "' is not a date such as 2027-03-31");
        }
    }
}
