package io.modelintake.license.knowledge;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Jurisdictions;
import io.modelintake.contracts.Verdict;
import io.modelintake.platform.spdx.SpdxLicenses;
import java.util.Map;

/** The rules every knowledge entry must meet at load (STYLE.md, "data is validated at load"). */
final class KnowledgeValidation {

    private final Map<String, String> origins;

    KnowledgeValidation(Map<String, String> origins) {
        this.origins = origins;
    }

    void checkLicense(LicenseEntry entry) {
        String key = "license:" + entry.id();
        require(key, entry.id() != null && !entry.id().isBlank(), "has no id");
        require(key, SpdxLicenses.isLicenseId(entry.id()),
                "id is neither on the SPDX licence list " + SpdxLicenses.licenseListVersion()
                        + " nor a LicenseRef- with an idstring of letters, digits, '.' and '-'");
        require(key, entry.name() != null && !entry.name().isBlank(), "has no name");
        require(key, entry.category() != null, "has no category");
        requireSource(key, entry.sourceUrl(), entry.checked() != null);
        for (Activity activity : Activity.values()) {
            ActivityTerm term = entry.term(activity);
            require(key, term != null, "does not cover activity " + activity);
            checkTerm(key, activity, term);
        }
        entry.exceptions().forEach((exception, terms) -> terms.forEach((activity, term) -> checkTerm(key, activity, term)));
        for (Threshold threshold : entry.thresholds()) {
            require(key, threshold.kind() != null && threshold.above() > 0, "has a threshold without kind or value");
            require(key, !threshold.activities().isEmpty(), "has a threshold that names no activity");
            require(key, threshold.clause() != null, "has a threshold without clause");
        }
        for (JurisdictionTerm term : entry.jurisdictionTerms()) {
            require(key, !term.jurisdictions().isEmpty() && term.verdict() != null && term.clause() != null,
                    "has a jurisdiction term without jurisdictions, verdict or clause");
            for (String jurisdiction : term.jurisdictions()) {
                require(key, Jurisdictions.standard().isKnown(jurisdiction), "names jurisdiction '" + jurisdiction
                        + "', neither an ISO 3166-1 alpha-2 code nor a group of jurisdiction-groups.yaml");
            }
        }
    }

    void checkAddendum(AddendumEntry entry) {
        String key = "addendum:" + entry.id();
        require(key, entry.id() != null && !entry.id().isBlank(), "has no id");
        require(key, !entry.models().isEmpty(), "names no model");
        require(key, !entry.activities().isEmpty(), "changes no activity");
        requireSource(key, entry.sourceUrl(), entry.checked() != null);
        entry.activities().forEach((activity, term) -> checkTerm(key, activity, term));
    }

    void checkModel(ModelEntry entry) {
        String key = "model:" + entry.repoId();
        require(key, entry.repoId() != null && !entry.repoId().isBlank(), "has no repo id");
        require(key, entry.license() != null && !entry.license().isBlank(), "has no licence");
        requireSource(key, entry.sourceUrl(), entry.checked() != null);
        if (entry.euAiAct() != null) {
            checkEuAiActMarks(key, entry.euAiAct());
        }
        if (entry.ai() != null) {
            require(key, !entry.ai().domain().isEmpty() || !entry.ai().typeOfModel().isEmpty(),
                    "has an ai entry that states neither domain nor typeOfModel");
            require(key, entry.ai().url() != null && entry.ai().url().startsWith("http") && entry.ai().checked() != null
                    && entry.ai().quote() != null && !entry.ai().quote().isBlank(),
                    "ai facts need the url, quote and checked date of the card that states them");
        }
    }

    /** Only a mark that can be cited is set; the marks must not contradict Art. 53(2). */
    private void checkEuAiActMarks(String key, EuAiActMarks marks) {
        require(key, !marks.marked().isEmpty(), "has an euAiAct entry that sets no mark");
        require(key, marks.generalPurpose() || !marks.systemicRisk() && !marks.openSourceExemption(),
                "marks systemicRisk or openSourceExemption without generalPurpose");
        require(key, !(marks.systemicRisk() && marks.openSourceExemption()),
                "marks both systemicRisk and openSourceExemption: Art. 53(2) excludes models with systemic risk");
        for (EuAiActMarks.Source source : marks.sources()) {
            require(key, marks.marked().contains(source.mark()), "cites a source for mark '" + source.mark()
                    + "', which is not set (marks: " + String.join(", ", marks.marked()) + ")");
            require(key, source.url() != null && source.url().startsWith("http"), "mark " + source.mark()
                    + " has a source without url");
            require(key, source.clause() != null && !source.clause().isBlank(), "mark " + source.mark()
                    + " has a source without clause");
            require(key, source.checked() != null, "mark " + source.mark() + " has a source without checked date");
        }
        for (String mark : marks.marked()) {
            require(key, marks.sources().stream().anyMatch(source -> mark.equals(source.mark())),
                    "marks " + mark + " without a source for it");
        }
    }

    KnowledgeException error(String key, String problem) {
        return new KnowledgeException(origins.getOrDefault(key, key) + ": " + problem);
    }

    private void checkTerm(String key, Activity activity, ActivityTerm term) {
        require(key, term.verdict() != null, activity + " has no verdict");
        require(key, term.verdict() == Verdict.UNSPECIFIED || term.clause() != null && !term.clause().isBlank(),
                activity + " has no clause");
        require(key, term.verdict() != Verdict.CONDITIONAL || !term.obligations().isEmpty(),
                activity + " is CONDITIONAL without obligations");
        require(key, term.tension() == null || term.tension().clause() != null && term.tension().reading() != null,
                activity + " names a tension without its clause or reading");
    }

    private void requireSource(String key, String sourceUrl, boolean checked) {
        require(key, sourceUrl != null && sourceUrl.startsWith("http"), "has no sourceUrl");
        require(key, checked, "has no checked date");
    }

    private void require(String key, boolean condition, String problem) {
        if (!condition) {
            throw error(key, problem);
        }
    }
}
