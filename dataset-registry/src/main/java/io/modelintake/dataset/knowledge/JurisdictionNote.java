package io.modelintake.dataset.knowledge;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the law of one jurisdiction (ISO 3166 alpha-2 or {@code EU}) says about training on and using data, as
 * provisions that apply to a dataset when its {@link Condition} holds. Each provision states an outcome for the
 * party that trains on the data and one for a company that only uses weights someone else trained.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record JurisdictionNote(
        String id,
        String name,
        List<Provision> provisions,
        String sourceUrl,
        LocalDate checked,
        String note) {

    public JurisdictionNote {
        provisions = provisions == null ? List.of() : List.copyOf(provisions);
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Provision(
            String ruleId,
            String title,
            String clause,
            String url,
            Condition appliesWhen,
            Outcome whenTrainingItself,
            Outcome whenUsingThirdPartyWeights,
            LocalDate checked,
            String note) {
    }

    /**
     * When a provision applies: the dataset carries any of {@code flagsAny} (or the list is empty), its terms are
     * of {@code termsKind} (or null), and, if {@code activitiesAny} is non-empty, once per requested activity in it.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Condition(Set<ContentFlag> flagsAny, Set<ContentFlag> flagsAll, TermsKind termsKind, Set<Activity> activitiesAny) {
        public Condition {
            flagsAny = flagsAny == null ? Set.of() : Set.copyOf(flagsAny);
            flagsAll = flagsAll == null ? Set.of() : Set.copyOf(flagsAll);
            activitiesAny = activitiesAny == null ? Set.of() : Set.copyOf(activitiesAny);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Outcome(Verdict verdict, Severity severity, String message, List<String> obligations) {
        public Outcome {
            obligations = obligations == null ? List.of() : List.copyOf(obligations);
        }
    }
}
