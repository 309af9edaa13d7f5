package io.modelintake.approval.ui;

import io.modelintake.contracts.EuAiAct;
import io.modelintake.contracts.Jurisdictions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The EU AI Act block of the new-request form as posted (field names are the JSON paths under
 * {@code intendedUse.euAiAct}), and its mapping to {@link EuAiAct}. The block is sent only when a jurisdiction is in
 * the EU (the group of contracts' jurisdiction-groups.yaml that license-service's screen uses) and something in it
 * was answered; then a role is required.
 */
public record EuAiActFields(
        String role,
        String annexIIIArea,
        String art6_3Exemption,
        boolean interactsWithPeople,
        List<String> syntheticContent,
        List<String> practices) {

    public static final String PREFIX = "intendedUse.euAiAct.";
    public static final String ROLE = PREFIX + "role";
    public static final String AREA = PREFIX + "annexIIIArea";
    public static final String EXEMPTION = PREFIX + "art6_3Exemption";
    public static final String INTERACTS = PREFIX + "interactsWithPeople";
    public static final String SYNTHETIC = PREFIX + "syntheticContent";
    public static final String PRACTICES = PREFIX + "practices";
    /** The group whose members make the form show and send the block. */
    static final String GROUP = "EU";

    public EuAiActFields {
        role = role == null ? "" : role;
        annexIIIArea = annexIIIArea == null ? "" : annexIIIArea;
        art6_3Exemption = art6_3Exemption == null ? "" : art6_3Exemption;
        syntheticContent = syntheticContent == null ? List.of() : List.copyOf(syntheticContent);
        practices = practices == null ? List.of() : List.copyOf(practices);
    }

    public static EuAiActFields empty() {
        return new EuAiActFields("", "", "", false, List.of(), List.of());
    }

    static EuAiActFields from(Map<String, List<String>> form) {
        return new EuAiActFields(DecisionForm.first(form, ROLE).orElse(""), DecisionForm.first(form, AREA).orElse(""),
                DecisionForm.first(form, EXEMPTION).orElse(""),
                DecisionForm.first(form, INTERACTS).map("true"::equals).orElse(false),
                form.getOrDefault(SYNTHETIC, List.of()), form.getOrDefault(PRACTICES, List.of()));
    }

    /** Whether any jurisdiction is in the EU, so that the block is shown and sent. */
    public static boolean appliesTo(List<String> jurisdictions) {
        return jurisdictions.stream().anyMatch(code -> Jurisdictions.standard().overlaps(code, List.of(GROUP)));
    }

    /**
     * An HTML {@code pattern} the jurisdictions field matches while it names EU or a member state (any case), so that
     * the page's stylesheet shows the block exactly then (the form is {@code novalidate}: the pattern only styles).
     */
    public String euPattern() {
        String codes = Jurisdictions.standard().expand(GROUP).stream().sorted()
                .map(code -> code.chars().mapToObj(c -> "[" + (char) c + Character.toLowerCase((char) c) + "]")
                        .collect(Collectors.joining()))
                .collect(Collectors.joining("|"));
        return "(?:.*[^A-Za-z])?(?:" + codes + ")(?:[^A-Za-z].*)?";
    }

    /** The block, empty when nothing was answered; what cannot be mapped goes to {@code errors} by field. */
    Optional<EuAiAct> toBlock(FieldErrors errors) {
        if (role.isBlank() && annexIIIArea.isBlank() && art6_3Exemption.isBlank() && !interactsWithPeople
                && syntheticContent.isEmpty() && practices.isEmpty()) {
            return Optional.empty();
        }
        if (role.isBlank()) {
            errors.add(ROLE, "choose the company's role under the EU AI Act");
        }
        Optional<EuAiAct.Role> chosenRole = one(EuAiAct.Role.class, role, ROLE, errors);
        Optional<EuAiAct.AnnexIIIArea> area = one(EuAiAct.AnnexIIIArea.class, annexIIIArea, AREA, errors);
        List<EuAiAct.SyntheticContent> content = all(EuAiAct.SyntheticContent.class, syntheticContent, SYNTHETIC, errors);
        List<EuAiAct.Practice> chosenPractices = all(EuAiAct.Practice.class, practices, PRACTICES, errors);
        if (chosenRole.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EuAiAct(chosenRole.get(), area.orElse(null),
                art6_3Exemption.isBlank() ? null : art6_3Exemption.strip(), interactsWithPeople ? Boolean.TRUE : null,
                content, chosenPractices));
    }

    /** Whether a box of a list was ticked or an option chosen, for re-rendering the form. */
    public boolean chose(String value) {
        return role.equals(value) || annexIIIArea.equals(value) || syntheticContent.contains(value)
                || practices.contains(value);
    }

    public List<String> roles() {
        return names(EuAiAct.Role.values());
    }

    public List<String> areas() {
        return names(EuAiAct.AnnexIIIArea.values());
    }

    public List<String> syntheticContents() {
        return names(EuAiAct.SyntheticContent.values());
    }

    public List<String> practiceNames() {
        return names(EuAiAct.Practice.values());
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static <E extends Enum<E>> Optional<E> one(Class<E> type, String value, String field, FieldErrors errors) {
        if (value.isBlank()) {
            return Optional.empty();
        }
        Optional<E> parsed = parse(type).apply(value);
        if (parsed.isEmpty()) {
            errors.add(field, "unknown value " + value);
        }
        return parsed;
    }

    private static <E extends Enum<E>> List<E> all(Class<E> type, List<String> values, String field,
            FieldErrors errors) {
        return values.stream().map(value -> one(type, value, field, errors)).flatMap(Optional::stream).toList();
    }

    private static <E extends Enum<E>> Function<String, Optional<E>> parse(Class<E> type) {
        return value -> Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst();
    }
}
