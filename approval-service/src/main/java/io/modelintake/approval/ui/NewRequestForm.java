package io.modelintake.approval.ui;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.EuAiAct;
import io.modelintake.contracts.IntendedUse;
import io.modelintake.contracts.ModelSpec;
import io.modelintake.contracts.RequestSubmission;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The new-request form as posted, and its mapping to the JSON of {@code POST /api/requests} (API.md). Field names
 * are the JSON paths, so that intake-service's validation errors land beside the field they name. Lists are typed
 * one per line (base models, datasets) or separated by commas, spaces or lines (jurisdictions). {@code sourceRef} names
 * the model at a source beyond the Hub (a CivitAI or GitHub URL, a framework's name for its weights). {@code euAiAct} is the
 * EU AI Act block, sent only for a request with an EU jurisdiction.
 */
public record NewRequestForm(
        String name,
        String source,
        String sourceRef,
        String repoId,
        String revision,
        String license,
        String baseModels,
        String datasets,
        List<String> activities,
        String jurisdictions,
        String expectedMonthlyActiveUsers,
        String description,
        EuAiActFields euAiAct) {

    public static final String NAME = "model.name";
    public static final String SOURCE = "model.source";
    public static final String SOURCE_REF = "model.sourceRef";
    public static final String REPO_ID = "model.repoId";
    public static final String REVISION = "model.revision";
    public static final String LICENSE = "model.license";
    public static final String BASE_MODELS = "model.baseModels";
    public static final String DATASETS = "model.datasets";
    public static final String ACTIVITIES = "intendedUse.activities";
    public static final String JURISDICTIONS = "intendedUse.jurisdictions";
    public static final String USERS = "intendedUse.expectedMonthlyActiveUsers";
    public static final String DESCRIPTION = "intendedUse.description";

    public NewRequestForm {
        activities = activities == null ? List.of() : List.copyOf(activities);
        euAiAct = euAiAct == null ? EuAiActFields.empty() : euAiAct;
    }

    public static NewRequestForm empty() {
        return new NewRequestForm("", "huggingface", "", "", "main", "", "", "", List.of(), "", "", "",
                EuAiActFields.empty());
    }

    public static NewRequestForm from(Map<String, List<String>> form) {
        return new NewRequestForm(text(form, NAME), text(form, SOURCE), text(form, SOURCE_REF), text(form, REPO_ID),
                text(form, REVISION),
                text(form, LICENSE), text(form, BASE_MODELS), text(form, DATASETS),
                form.getOrDefault(ACTIVITIES, List.of()), text(form, JURISDICTIONS), text(form, USERS),
                text(form, DESCRIPTION), EuAiActFields.from(form));
    }

    /** The submission, or the fields that cannot even be put into JSON (the rest is intake-service's to check). */
    public Mapped toSubmission() {
        FieldErrors errors = FieldErrors.none();
        List<Activity> chosen = activities.stream()
                .map(value -> Arrays.stream(Activity.values()).filter(a -> a.name().equals(value)).findFirst()
                        .or(() -> {
                            errors.add(ACTIVITIES, "unknown activity " + value);
                            return Optional.empty();
                        }))
                .flatMap(Optional::stream)
                .toList();
        Long users = null;
        if (!expectedMonthlyActiveUsers.isBlank()) {
            try {
                users = Long.valueOf(expectedMonthlyActiveUsers.strip().replace("_", "").replace(",", ""));
            } catch (NumberFormatException e) {
                errors.add(USERS, "must be a whole number");
            }
        }
        List<String> codes = codes();
        // The block is shown (and answered) only for the EU; what a hidden block still holds is not sent.
        EuAiAct block = EuAiActFields.appliesTo(codes) ? euAiAct.toBlock(errors).orElse(null) : null;
        if (!errors.isEmpty()) {
            return new Mapped(Optional.empty(), errors);
        }
        ModelSpec model = new ModelSpec(name.strip(), blankToNull(source), blankToNull(repoId), blankToNull(revision),
                blankToNull(license), null, null, lines(baseModels), lines(datasets), blankToNull(sourceRef));
        IntendedUse use = new IntendedUse(chosen, codes, users, null, blankToNull(description), block);
        return new Mapped(Optional.of(new RequestSubmission(model, use)), errors);
    }

    private List<String> codes() {
        return Arrays.stream(jurisdictions.split("[,;\\s]+"))
                .filter(code -> !code.isBlank())
                .map(code -> code.toUpperCase(Locale.ROOT))
                .toList();
    }

    /** Whether an activity's checkbox was ticked, for re-rendering the form. */
    public boolean chose(String activity) {
        return activities.contains(activity);
    }

    /** The submission to send, or the errors to show beside the fields. */
    public record Mapped(Optional<RequestSubmission> submission, FieldErrors errors) {
    }

    static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String text(Map<String, List<String>> form, String field) {
        return DecisionForm.first(form, field).orElse("");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
