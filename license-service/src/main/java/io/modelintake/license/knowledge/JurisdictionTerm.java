package io.modelintake.license.knowledge;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Verdict;
import java.util.List;

/**
 * A term that depends on where the licensee is, e.g. Llama 3.2's acceptable use policy withholding the
 * multimodal-model rights from EU-domiciled individuals and companies. {@code modelFlag}, when set, limits the
 * term to models whose catalogue entry carries that flag (e.g. {@code multimodal}); {@code sourceUrl} names the
 * text the term comes from when it is not the licence itself (e.g. an acceptable use policy).
 */
public record JurisdictionTerm(
        List<String> jurisdictions,
        List<Activity> activities,
        String modelFlag,
        Verdict verdict,
        List<String> obligations,
        String clause,
        String quote,
        String sourceUrl) {

    public JurisdictionTerm {
        jurisdictions = jurisdictions == null ? List.of() : List.copyOf(jurisdictions);
        activities = activities == null ? List.of() : List.copyOf(activities);
        obligations = obligations == null ? List.of() : List.copyOf(obligations);
    }
}
