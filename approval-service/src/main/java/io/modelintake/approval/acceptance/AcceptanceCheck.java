package io.modelintake.approval.acceptance;

import io.modelintake.contracts.Finding;
import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.Subject;
import io.modelintake.contracts.SubjectKind;
import io.modelintake.contracts.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * Which click-through licences of a lineage the request's company entity has not accepted in the version the
 * knowledge stores: one {@code LICENSE_ACCEPTANCE_MISSING} finding per licence that binds by acceptance and has no
 * acceptance of the same text (by SHA-256) by that entity. A click-through binds only the party that accepted it, so
 * another entity's acceptance does not count, nor does an acceptance of an older text: the finding then says which
 * entity accepted which text, so the officer sees why. A request registered before requests named their entity
 * ({@code entity} null) counts an acceptance by any entity.
 */
public final class AcceptanceCheck {

    public static final String RULE = "LICENSE_ACCEPTANCE_MISSING";

    public List<Finding> findings(String modelId, String entity, List<Lineage.LicenseTerms> licenses,
            List<LicenseAcceptance> acceptances) {
        List<Finding> findings = new ArrayList<>();
        for (Lineage.LicenseTerms licence : licenses) {
            if (!licence.requiresAcceptance() || isAccepted(licence, entity, acceptances)) {
                continue;
            }
            List<String> others = acceptances.stream()
                    .filter(acceptance -> acceptance.licenseId().equals(licence.id()))
                    .map(acceptance -> acceptance.entity() + " accepted the text " + shortHash(acceptance.textSha256())
                            + " on " + acceptance.acceptedAt())
                    .toList();
            String message = (entity == null ? "The company" : entity) + " has not recorded its acceptance of "
                    + licence.name() + " (" + licence.id() + ", text " + shortHash(licence.textSha256()) + ") used by "
                    + modelId + ": whoever clicks through binds whom they act for."
                    + (others.isEmpty() ? "" : " Only another entity or an earlier text was accepted: "
                            + String.join("; ", others) + ".");
            findings.add(new Finding(RULE, Severity.WARNING,
                    new Subject(SubjectKind.LICENSE, licence.id(), List.of(modelId, licence.id())), null, null,
                    Verdict.CONDITIONAL, message,
                    List.of("Accept " + licence.name() + " (text " + shortHash(licence.textSha256()) + ") on behalf of "
                            + (entity == null ? "the company entity that uses the model" : entity)
                            + " and record it (approval-service /api/license-acceptances, or approve with the condition"
                            + " to accept it) before anyone downloads the weights"),
                    List.of(licence.acceptance()), RULE));
        }
        return findings;
    }

    private static boolean isAccepted(Lineage.LicenseTerms licence, String entity,
            List<LicenseAcceptance> acceptances) {
        return acceptances.stream().anyMatch(acceptance -> acceptance.covers(licence.id(), licence.textSha256())
                && (entity == null || entity.equals(acceptance.entity())));
    }

    private static String shortHash(String sha256) {
        return sha256 == null ? "(not stored)" : "sha256:" + sha256.substring(0, Math.min(12, sha256.length()));
    }
}
