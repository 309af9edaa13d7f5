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
 * Which click-through licences of a lineage the company has not accepted in the version the knowledge stores: one
 * {@code LICENSE_ACCEPTANCE_MISSING} finding per licence that binds by acceptance and has no acceptance of the
 * same text (by SHA-256) by any company entity. An acceptance of an older text does not count: the finding then
 * says which entity accepted which text, so the officer sees that the text changed.
 */
public final class AcceptanceCheck {

    public static final String RULE = "LICENSE_ACCEPTANCE_MISSING";

    public List<Finding> findings(String modelId, List<Lineage.LicenseTerms> licenses,
            List<LicenseAcceptance> acceptances) {
        List<Finding> findings = new ArrayList<>();
        for (Lineage.LicenseTerms licence : licenses) {
            if (!licence.requiresAcceptance() || isAccepted(licence, acceptances)) {
                continue;
            }
            List<String> earlier = acceptances.stream()
                    .filter(acceptance -> acceptance.licenseId().equals(licence.id()))
                    .map(acceptance -> acceptance.entity() + " accepted the text " + shortHash(acceptance.textSha256())
                            + " on " + acceptance.acceptedAt())
                    .toList();
            String message = "The company has not recorded its acceptance of " + licence.name() + " ("
                    + licence.id() + ", text " + shortHash(licence.textSha256()) + ") used by " + modelId
                    + ": whoever clicks through binds whom they act for."
                    + (earlier.isEmpty() ? "" : " Only an earlier text was accepted: " + String.join("; ", earlier) + ".");
            findings.add(new Finding(RULE, Severity.WARNING,
                    new Subject(SubjectKind.LICENSE, licence.id(), List.of(modelId, licence.id())), null, null,
                    Verdict.CONDITIONAL, message,
                    List.of("Record the company's acceptance of this licence text on behalf of the entity that uses the"
                            + " model (approval-service /api/license-acceptances, or approve with the condition to accept"
                            + " it) before anyone downloads the weights"),
                    List.of(licence.acceptance()), RULE));
        }
        return findings;
    }

    private static boolean isAccepted(Lineage.LicenseTerms licence, List<LicenseAcceptance> acceptances) {
        return acceptances.stream().anyMatch(acceptance -> acceptance.covers(licence.id(), licence.textSha256()));
    }

    private static String shortHash(String sha256) {
        return sha256 == null ? "(not stored)" : "sha256:" + sha256.substring(0, Math.min(12, sha256.length()));
    }
}
