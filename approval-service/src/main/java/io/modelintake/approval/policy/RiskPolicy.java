package io.modelintake.approval.policy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.IntendedUse;
import io.modelintake.contracts.Jurisdictions;
import io.modelintake.contracts.RiskTier;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.SubjectKind;
import io.modelintake.contracts.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * The versioned risk policy: rules that map a request's findings and intended use to a {@link RiskTier}. Each
 * fired rule sets a floor; the request's tier is the highest floor, {@code LOW} when none fired. The policy is
 * data ({@code policy/risk-policy.yaml}); this class only evaluates it. Immutable and thread-safe.
 */
public final class RiskPolicy {

    /** The policy shipped with the service. */
    public static final String BUNDLED = "policy/risk-policy.yaml";

    private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    private final String version;
    private final List<PolicyRule> rules;
    private final FollowUpPolicy followUp;

    private RiskPolicy(String version, List<PolicyRule> rules, FollowUpPolicy followUp) {
        this.version = version;
        this.rules = List.copyOf(rules);
        this.followUp = followUp;
    }

    public static RiskPolicy loadBundled() {
        try (InputStream in = RiskPolicy.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new InvalidPolicyException(BUNDLED + ": not found on the classpath");
            }
            return load(in, BUNDLED);
        } catch (IOException e) {
            throw new InvalidPolicyException(BUNDLED + ": cannot be read", e);
        }
    }

    /** Reads and validates a policy; {@code source} names the file in error messages. */
    public static RiskPolicy load(InputStream in, String source) {
        PolicyFile file;
        try {
            file = new ObjectMapper(new YAMLFactory())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, PolicyFile.class);
        } catch (IOException e) {
            throw new InvalidPolicyException(source + ": not a policy file: " + e.getMessage(), e);
        }
        if (file == null || isBlank(file.version())) {
            throw new InvalidPolicyException(source + ": `version` is required");
        }
        if (file.rules() == null || file.rules().isEmpty()) {
            throw new InvalidPolicyException(source + ": `rules` must list at least one rule");
        }
        Set<String> ids = new HashSet<>();
        List<PolicyRule> rules = file.rules().stream().map(rule -> toRule(rule, source)).toList();
        for (PolicyRule rule : rules) {
            if (!ids.add(rule.id())) {
                throw new InvalidPolicyException(source + ", rule " + rule.id() + ": id is used twice");
            }
        }
        return new RiskPolicy(file.version(), rules, FollowUpPolicy.from(file.followUp(), source));
    }

    public String version() {
        return version;
    }

    /** How long approvals hold and when conditions are due, per tier. */
    public FollowUpPolicy followUp() {
        return followUp;
    }

    public List<String> ruleIds() {
        return rules.stream().map(PolicyRule::id).toList();
    }

    public RiskAssessment assess(List<Finding> findings, IntendedUse use) {
        List<FiredRule> fired = rules.stream()
                .map(rule -> rule.apply(findings, use))
                .flatMap(Optional::stream)
                .toList();
        RiskTier tier = fired.stream().map(FiredRule::tier).max(Comparator.naturalOrder()).orElse(RiskTier.LOW);
        return new RiskAssessment(tier, fired, version);
    }

    private static PolicyRule toRule(PolicyFile.Rule rule, String source) {
        if (rule == null || isBlank(rule.id())) {
            throw new InvalidPolicyException(source + ": every rule needs an `id`");
        }
        String where = source + ", rule " + rule.id();
        if (!RULE_ID.matcher(rule.id()).matches()) {
            throw new InvalidPolicyException(where + ": id must be UPPER_SNAKE_CASE");
        }
        if (isBlank(rule.why())) {
            throw new InvalidPolicyException(where + ": `why` is required");
        }
        RiskTier tier = parse(RiskTier.class, rule.tier(), where, "tier");
        if (rule.when() == null || (rule.when().finding() == null && rule.when().use() == null)) {
            throw new InvalidPolicyException(where + ": `when` needs a `finding` or a `use` condition");
        }
        Optional<FindingMatcher> finding = Optional.ofNullable(rule.when().finding())
                .map(condition -> toFindingMatcher(condition, where));
        Optional<UseMatcher> use = Optional.ofNullable(rule.when().use())
                .map(condition -> new UseMatcher(
                        parseAll(condition.activities(), value -> parse(Activity.class, value, where, "activities")),
                        parseAll(condition.jurisdictions(), value -> useJurisdiction(value, where))));
        return new PolicyRule(rule.id(), rule.why().strip(), tier, finding, use);
    }

    private static FindingMatcher toFindingMatcher(PolicyFile.FindingCondition condition, String where) {
        Optional<Pattern> code;
        try {
            code = Optional.ofNullable(condition.codeMatches()).map(Pattern::compile);
        } catch (PatternSyntaxException e) {
            throw new InvalidPolicyException(where + ": `codeMatches` is not a regular expression: " + e.getMessage(), e);
        }
        FindingMatcher matcher = new FindingMatcher(
                parseAll(condition.severity(), value -> parse(Severity.class, value, where, "severity")),
                parseAll(condition.verdict(), value -> parse(Verdict.class, value, where, "verdict")),
                parseAll(condition.subjectKind(), value -> subjectKind(value, where)),
                parseAll(condition.activity(), value -> parse(Activity.class, value, where, "activity")),
                parseAll(condition.jurisdiction(), value -> jurisdiction(value, where)),
                code,
                parseAll(condition.ruleId(), value -> ruleId(value, where)));
        if (matcher.severities().isEmpty() && matcher.verdicts().isEmpty() && matcher.subjectKinds().isEmpty()
                && matcher.activities().isEmpty() && matcher.jurisdictions().isEmpty() && code.isEmpty()
                && matcher.ruleIds().isEmpty()) {
            throw new InvalidPolicyException(where + ": a `finding` condition must constrain something");
        }
        return matcher;
    }

    private static <T> Set<T> parseAll(List<String> values, Function<String, T> parser) {
        return values == null ? Set.of() : values.stream().map(parser).collect(Collectors.toUnmodifiableSet());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String where, String field) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidPolicyException(where + ": `" + field + "` has unknown value '" + value
                    + "' (known: " + List.of(type.getEnumConstants()) + ")", e);
        }
    }

    private static SubjectKind subjectKind(String value, String where) {
        try {
            return SubjectKind.fromJson(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidPolicyException(where + ": `subjectKind` has unknown value '" + value + "'", e);
        }
    }

    // Rule ids of the services are UPPER_SNAKE_CASE, like the policy's own.
    private static String ruleId(String value, String where) {
        if (value == null || !RULE_ID.matcher(value).matches()) {
            throw new InvalidPolicyException(where + ": `ruleId` '" + value + "' is not an UPPER_SNAKE_CASE rule id");
        }
        return value;
    }

    // Jurisdictions are ISO 3166 alpha-2 codes or EU (contracts IntendedUse).
    private static String jurisdiction(String value, String where) {
        if (value == null || !value.matches("[A-Z]{2}")) {
            throw new InvalidPolicyException(where + ": jurisdiction '" + value + "' is not an ISO 3166 alpha-2 code or EU");
        }
        return value;
    }

    // A use condition may also name a group of contracts' jurisdiction-groups.yaml (EU, EEA): one list of members
    // serves every rule, so no rule can miss a member state.
    private static String useJurisdiction(String value, String where) {
        if (value == null || !Jurisdictions.standard().isKnown(value)) {
            throw new InvalidPolicyException(where + ": jurisdiction '" + value
                    + "' is neither an ISO 3166 alpha-2 code nor a group of jurisdiction-groups.yaml");
        }
        return value;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
