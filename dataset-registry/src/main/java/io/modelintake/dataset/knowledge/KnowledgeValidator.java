package io.modelintake.dataset.knowledge;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Jurisdictions;
import io.modelintake.contracts.Verdict;
import io.modelintake.platform.spdx.SpdxLicenses;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks the knowledge as a whole before a snapshot is built; the first violation stops the load. */
final class KnowledgeValidator {

    private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    void validate(List<Located<DatasetEntry>> datasets, List<Located<DataSourceEntry>> sources,
                  List<Located<JurisdictionNote>> jurisdictions) {
        Map<String, String> sourceOrigins = new HashMap<>();
        for (Located<DataSourceEntry> located : sources) {
            DataSourceEntry source = located.entry();
            String origin = located.origin();
            String id = requireText(origin, source.id(), "?", "id");
            if (sourceOrigins.putIfAbsent(id, origin) != null) {
                throw new KnowledgeValidationException(origin, id, "data source id already defined in " + sourceOrigins.get(id));
            }
            requireText(origin, source.name(), id, "name");
            requireCitable(origin, id, source.sourceUrl(), source.checked());
            if (source.termsKind() == null) {
                throw new KnowledgeValidationException(origin, id, "termsKind missing (LICENSE or CONTRACT)");
            }
            requireExpression(origin, id, source.license());
            if (source.defaultTerm() == null && !source.activities().keySet().containsAll(EnumSet.allOf(Activity.class))) {
                throw new KnowledgeValidationException(origin, id, "needs a defaultTerm or a term for every activity");
            }
            if (source.defaultTerm() != null) {
                requireTerm(origin, id, "defaultTerm", source.defaultTerm());
            }
            source.activities().forEach((activity, term) -> requireTerm(origin, id, activity.name(), term));
        }

        Map<String, String> keyOwners = new HashMap<>();
        for (Located<DatasetEntry> located : datasets) {
            DatasetEntry dataset = located.entry();
            String origin = located.origin();
            String id = requireText(origin, dataset.id(), "?", "id");
            requireText(origin, dataset.name(), id, "name");
            requireCitable(origin, id, dataset.sourceUrl(), dataset.checked());
            dataset.datasetTypes().stream().filter(type -> !DatasetEntry.DATASET_TYPES.contains(type)).findFirst()
                    .ifPresent(type -> {
                        throw new KnowledgeValidationException(origin, id, "datasetTypes: '" + type
                                + "' is not an SPDX 3.0.1 dataset type " + DatasetEntry.DATASET_TYPES);
                    });
            if (dataset.availability() != null && !DatasetEntry.AVAILABILITIES.contains(dataset.availability())) {
                throw new KnowledgeValidationException(origin, id, "availability: '" + dataset.availability()
                        + "' is not an SPDX 3.0.1 availability " + DatasetEntry.AVAILABILITIES);
            }
            if (dataset.termsKind() == null) {
                throw new KnowledgeValidationException(origin, id, "termsKind missing (LICENSE or CONTRACT)");
            }
            if (isBlank(dataset.license()) && isBlank(dataset.termsText())) {
                throw new KnowledgeValidationException(origin, id, "needs a license (SPDX or LicenseRef-) or termsText");
            }
            requireExpression(origin, id, dataset.license());
            if (dataset.isWithdrawnOrRetracted() != (dataset.withdrawalReason() != null)) {
                throw new KnowledgeValidationException(origin, id, dataset.isWithdrawnOrRetracted()
                        ? dataset.status() + " without a withdrawalReason" : "withdrawalReason on a dataset that is " + dataset.status());
            }
            Set<Activity> missing = EnumSet.allOf(Activity.class);
            missing.removeAll(dataset.activities().keySet());
            if (!missing.isEmpty()) {
                throw new KnowledgeValidationException(origin, id, "no verdict for activities " + missing);
            }
            dataset.activities().forEach((activity, term) -> requireTerm(origin, id, activity.name(), term));
            for (String sourceId : dataset.sources()) {
                if (!sourceOrigins.containsKey(sourceId)) {
                    throw new KnowledgeValidationException(origin, id, "references unknown data source '" + sourceId + "'");
                }
            }
            claim(keyOwners, origin, id, id);
            for (String alias : dataset.aliases()) {
                claim(keyOwners, origin, id, alias);
            }
        }

        Map<String, String> jurisdictionOrigins = new HashMap<>();
        for (Located<JurisdictionNote> located : jurisdictions) {
            JurisdictionNote note = located.entry();
            String origin = located.origin();
            String id = requireText(origin, note.id(), "?", "id");
            if (jurisdictionOrigins.putIfAbsent(id.toUpperCase(), origin) != null) {
                throw new KnowledgeValidationException(origin, id, "jurisdiction already defined in " + jurisdictionOrigins.get(id.toUpperCase()));
            }
            requireCitable(origin, id, note.sourceUrl(), note.checked());
            if (!Jurisdictions.standard().isKnown(id)) {
                throw new KnowledgeValidationException(origin, id,
                        "neither an ISO 3166-1 alpha-2 code nor a group of jurisdiction-groups.yaml");
            }
            for (JurisdictionNote.Provision provision : note.provisions()) {
                String ruleId = requireText(origin, provision.ruleId(), id, "provision ruleId");
                String where = id + "/" + ruleId;
                if (!RULE_ID.matcher(ruleId).matches()) {
                    throw new KnowledgeValidationException(origin, where, "rule id must be UPPER_SNAKE");
                }
                requireText(origin, provision.clause(), where, "clause");
                requireText(origin, provision.url(), where, "url");
                requireOutcome(origin, where, "whenTrainingItself", provision.whenTrainingItself());
                requireOutcome(origin, where, "whenUsingThirdPartyWeights", provision.whenUsingThirdPartyWeights());
            }
        }
    }

    private static void claim(Map<String, String> keyOwners, String origin, String id, String key) {
        String normalised = DatasetSnapshot.normalise(key);
        String owner = keyOwners.putIfAbsent(normalised, id);
        if (owner != null && !owner.equals(id)) {
            throw new KnowledgeValidationException(origin, id, "alias '" + key + "' already belongs to dataset '" + owner + "'");
        }
    }

    private static void requireExpression(String origin, String id, String license) {
        if (license != null) {
            SpdxLicenses.problem(license).ifPresent(problem -> {
                throw new KnowledgeValidationException(origin, id, "license '" + license + "' is not an SPDX expression: " + problem);
            });
        }
    }

    private static void requireCitable(String origin, String id, String url, Object checked) {
        if (isBlank(url) || !url.startsWith("http")) {
            throw new KnowledgeValidationException(origin, id, "sourceUrl missing or not a URL");
        }
        if (checked == null) {
            throw new KnowledgeValidationException(origin, id, "checked date missing");
        }
    }

    private static void requireTerm(String origin, String id, String activity, ActivityTerm term) {
        if (term == null || term.verdict() == null) {
            throw new KnowledgeValidationException(origin, id, activity + ": verdict missing");
        }
        if (isBlank(term.clause())) {
            throw new KnowledgeValidationException(origin, id, activity + ": clause missing");
        }
        if (term.verdict() == Verdict.CONDITIONAL && term.obligations().isEmpty()) {
            throw new KnowledgeValidationException(origin, id, activity + ": CONDITIONAL without obligations");
        }
    }

    private static void requireOutcome(String origin, String where, String name, JurisdictionNote.Outcome outcome) {
        if (outcome == null || outcome.verdict() == null || outcome.severity() == null || isBlank(outcome.message())) {
            throw new KnowledgeValidationException(origin, where, name + " needs verdict, severity and message");
        }
    }

    private static String requireText(String origin, String value, String id, String field) {
        if (isBlank(value)) {
            throw new KnowledgeValidationException(origin, id, field + " missing");
        }
        return value;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
